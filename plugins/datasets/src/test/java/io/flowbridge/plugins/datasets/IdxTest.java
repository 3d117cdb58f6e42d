package io.flowbridge.plugins.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IDX reader on files the test writes: round trips, and errors that name the file and the byte. */
class IdxTest {
  @TempDir Path dir;

  /** 2 images of 3 x 2 pixels: values 0, 1, ..., 11 (and 255 as the last, an unsigned byte). */
  private static final int[] DIMS = {2, 3, 2};
  private static final byte[] VALUES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255};

  private static FlowbridgeException failure(Path file, int rank) {
    return assertThrows(FlowbridgeException.class, () -> Idx.read(file, rank));
  }

  /** The message names the file and the byte offset, and says what was expected. */
  private static void assertNames(FlowbridgeException e, Path file, long offset, String expected) {
    String m = e.getMessage();
    assertTrue(m.startsWith(file + ": byte " + offset + ": "), m);
    assertTrue(m.contains(expected), m);
  }

  @ParameterizedTest(name = "gzipped {0}")
  @ValueSource(booleans = {false, true})
  void readsHeaderAndValues(boolean gzipped) {
    byte[] raw = IdxFiles.idx(DIMS, VALUES);
    Path file = IdxFiles.write(dir.resolve("a-idx3-ubyte" + (gzipped ? ".gz" : "")), gzipped ? IdxFiles.gzip(raw) : raw);
    Idx idx = Idx.read(file, 3);
    assertArrayEquals(DIMS, idx.dims());
    assertArrayEquals(VALUES, idx.data());
    assertEquals(255, idx.data()[11] & 0xFF);
    Idx header = Idx.header(file, 3);
    assertArrayEquals(DIMS, header.dims());
    assertEquals(0, header.data().length);
  }

  @Test
  void compressionIsRecognisedByContentNotName() {
    Path file = IdxFiles.write(dir.resolve("labels"), IdxFiles.gzip(IdxFiles.idx(new int[] {3}, new byte[] {7, 8, 9})));
    assertArrayEquals(new byte[] {7, 8, 9}, Idx.read(file, 1).data());
  }

  @ParameterizedTest(name = "cut to {0} bytes")
  @ValueSource(ints = {0, 3, 9, 16, 17, 27})
  void truncatedFileNamesTheOffsetWhereItEnds(int length) {
    byte[] raw = IdxFiles.idx(DIMS, VALUES); // 16 header bytes, 12 values
    Path file = IdxFiles.write(dir.resolve("cut"), Arrays.copyOf(raw, length));
    FlowbridgeException e = failure(file, 3);
    String what = length < 4 ? "the magic number in bytes 0 to 3"
        : length < 16 ? "in bytes " + (length / 4 * 4) + " to " + (length / 4 * 4 + 3)
        : "the 2 x 3 x 2 values that the header declares in bytes 16 to 27";
    assertNames(e, file, length, "truncated");
    assertTrue(e.getMessage().contains(what), e.getMessage());
  }

  @Test
  void truncatedGzipNamesAnOffsetInsideTheData() {
    byte[] values = new byte[50_000];
    new java.util.SplittableRandom(1).nextBytes(values); // incompressible: the cut loses values
    byte[] gz = IdxFiles.gzip(IdxFiles.idx(new int[] {50, 1000}, values));
    Path file = IdxFiles.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2));
    FlowbridgeException e = failure(file, 2);
    Matcher m = Pattern.compile(Pattern.quote(file.toString()) + ": byte (\\d+): truncated").matcher(e.getMessage());
    assertTrue(m.find(), e.getMessage());
    long offset = Long.parseLong(m.group(1));
    // Half the compressed bytes decompress to about half the values, never to all of them.
    assertTrue(offset > 12 && offset < 12 + 50_000, e.getMessage());
    assertTrue(e.getMessage().contains("the 50 x 1000 values that the header declares in bytes 12 to 50011"), e.getMessage());
  }

  @Test
  void gzipWithoutItsTrailerIsTruncated() {
    byte[] gz = IdxFiles.gzip(IdxFiles.idx(DIMS, VALUES));
    Path file = IdxFiles.write(dir.resolve("trailer.gz"), Arrays.copyOf(gz, gz.length - 4));
    FlowbridgeException e = failure(file, 3);
    assertTrue(e.getMessage().startsWith(file + ": byte "), e.getMessage());
    assertTrue(e.getMessage().contains("truncated gzip trailer") || e.getMessage().contains("corrupt gzip"), e.getMessage());
  }

  @Test
  void corruptGzipDataIsReported() {
    byte[] values = new byte[20_000];
    new java.util.SplittableRandom(2).nextBytes(values);
    byte[] gz = IdxFiles.gzip(IdxFiles.idx(new int[] {20_000}, values));
    for (int i = gz.length / 2; i < gz.length / 2 + 64; i++) gz[i] ^= (byte) 0x5A;
    Path file = IdxFiles.write(dir.resolve("corrupt.gz"), gz);
    FlowbridgeException e = failure(file, 1);
    assertTrue(e.getMessage().startsWith(file + ": byte "), e.getMessage());
    assertTrue(e.getMessage().contains("corrupt gzip data") || e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void wrongMagicNumberIsReportedAtByteZero() {
    byte[] raw = IdxFiles.idx(DIMS, VALUES);
    raw[2] = 0x0D; // floats instead of unsigned bytes
    Path file = IdxFiles.write(dir.resolve("floats"), raw);
    assertNames(failure(file, 3), file, 0, "magic number 0x00000D03, expected 0x00000803 (unsigned bytes, 3 dimensions)");
    assertTrue(failure(file, 3).getMessage().contains("not unsigned bytes"));
  }

  @Test
  void labelsReadAsImagesSaySo() {
    Path file = IdxFiles.write(dir.resolve("labels"), IdxFiles.idx(new int[] {3}, new byte[] {1, 2, 3}));
    FlowbridgeException e = failure(file, 3);
    assertNames(e, file, 0, "magic number 0x00000801, expected 0x00000803");
    assertTrue(e.getMessage().contains("images and labels swapped?"), e.getMessage());
  }

  @Test
  void notAnIdxFileAtAll() {
    Path file = IdxFiles.write(dir.resolve("text"), "hello, world".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertNames(failure(file, 1), file, 0, "not an IDX file");
  }

  @Test
  void zeroExtentIsReportedWhereItIsStored() {
    byte[] raw = IdxFiles.idx(new int[] {2, 0, 2}, new byte[0]);
    Path file = IdxFiles.write(dir.resolve("empty"), raw);
    assertNames(failure(file, 3), file, 8, "extent 1 is 0, expected a positive count");
  }

  @Test
  void dataBeyondTheDeclaredValuesIsAnError() {
    byte[] raw = IdxFiles.idx(DIMS, VALUES);
    Path file = IdxFiles.write(dir.resolve("long"), Arrays.copyOf(raw, raw.length + 5));
    assertNames(failure(file, 3), file, 28, "more data after the 2 x 3 x 2 values");
    // The header alone does not look that far.
    assertArrayEquals(DIMS, Idx.header(file, 3).dims());
  }

  @Test
  void missingFileIsNamed() {
    Path file = dir.resolve("absent.gz");
    FlowbridgeException e = failure(file, 1);
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }
}
