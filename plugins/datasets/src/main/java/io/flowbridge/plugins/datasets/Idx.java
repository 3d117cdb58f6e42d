package io.flowbridge.plugins.datasets;

import io.flowbridge.api.error.FlowbridgeException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An IDX file of unsigned bytes (the format of MNIST and Fashion-MNIST), gzip-compressed or not:
 * a big-endian header {@code 0x00 0x00 0x08 rank}, then {@code rank} 32-bit extents, then the
 * bytes in row-major order. Byte offsets in error messages count from the start of the IDX data
 * (after decompression).
 *
 * @param dims the extents from the header, e.g. {@code [60000, 28, 28]}
 * @param data the values, {@code product(dims)} bytes (empty if only the header was read)
 */
record Idx(int[] dims, byte[] data) {
  /** Type code of unsigned bytes, the third byte of the magic number. */
  static final int UNSIGNED_BYTE = 0x08;

  /** Reads the header of {@code file} and checks that it holds unsigned bytes of the given rank. */
  static Idx header(Path file, int rank) {
    try (Reader in = new Reader(file)) {
      return new Idx(in.header(rank), new byte[0]);
    }
  }

  /** Reads {@code file} whole: header, every value, and nothing after the last one. */
  static Idx read(Path file, int rank) {
    try (Reader in = new Reader(file)) {
      int[] dims = in.header(rank);
      long size = 1;
      for (int d : dims) size *= d;
      if (size > Integer.MAX_VALUE - 8) {
        throw in.error(4, "the header's extents " + Arrays.toString(dims) + " make " + size
            + " values, more than one array holds");
      }
      byte[] data = new byte[(int) size];
      in.readFully(data, "the " + describe(dims) + " values that the header declares");
      in.expectEnd(dims);
      return new Idx(dims, data);
    }
  }

  /** {@code 60000 x 28 x 28}. */
  static String describe(int[] dims) {
    StringBuilder s = new StringBuilder();
    for (int d : dims) s.append(s.length() == 0 ? "" : " x ").append(d);
    return s.toString();
  }

  /** Sequential reader of one IDX file, counting the bytes read so far. */
  private static final class Reader implements AutoCloseable {
    private final Path file;
    private final InputStream in;
    private long offset;

    Reader(Path file) {
      this.file = file;
      InputStream raw;
      try {
        raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      } catch (IOException e) {
        throw new FlowbridgeException("cannot open " + file + ": " + e, e);
      }
      try {
        this.in = gzipped(raw) ? new GZIPInputStream(raw, 1 << 16) : raw;
      } catch (IOException e) {
        close(raw);
        throw new FlowbridgeException(file + ": not a readable gzip file: " + e.getMessage(), e);
      }
    }

    private static boolean gzipped(InputStream raw) throws IOException {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      return b0 == 0x1f && b1 == 0x8b;
    }

    /** Magic number and extents; every extent must be positive. */
    int[] header(int rank) {
      int magic = readInt("the magic number");
      int expected = (UNSIGNED_BYTE << 8) | rank;
      if (magic != expected) {
        throw error(0, String.format("magic number 0x%08X, expected 0x%08X (unsigned bytes, %d dimension%s)%s",
            magic, expected, rank, rank == 1 ? "" : "s", hint(magic, rank)));
      }
      int[] dims = new int[rank];
      for (int k = 0; k < rank; k++) {
        long at = offset;
        dims[k] = readInt("extent " + k + " of the header");
        if (dims[k] <= 0) {
          throw error(at, "extent " + k + " is " + (dims[k] & 0xFFFFFFFFL) + ", expected a positive count");
        }
      }
      return dims;
    }

    private static String hint(int magic, int rank) {
      if ((magic >>> 16) != 0) return "; this is not an IDX file (or a damaged one)";
      if (((magic >>> 8) & 0xFF) != UNSIGNED_BYTE) return "; the values are not unsigned bytes";
      return "; the file holds " + (magic & 0xFF) + "-dimensional data, not " + rank + "-dimensional: "
          + "images and labels swapped?";
    }

    int readInt(String what) {
      byte[] b = new byte[4];
      readFully(b, what);
      return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    void readFully(byte[] into, String what) {
      long start = offset;
      int got = 0;
      try {
        while (got < into.length) {
          int r = in.read(into, got, into.length - got);
          if (r < 0) break;
          got += r;
          offset += r;
        }
      } catch (EOFException e) {
        // A truncated gzip stream: the decompressor hits the end of the compressed data.
        got = (int) (offset - start);
      } catch (ZipException e) {
        throw error(offset, "corrupt gzip data (" + e.getMessage() + ") while reading " + what);
      } catch (IOException e) {
        throw new FlowbridgeException("cannot read " + file + " at byte " + offset + ": " + e, e);
      }
      if (got < into.length) {
        throw error(offset, "truncated: the data ends here; expected " + what + " in bytes " + start + " to "
            + (start + into.length - 1));
      }
    }

    /** The data must end after the declared values (this also checks a gzip trailer's CRC). */
    void expectEnd(int[] dims) {
      try {
        if (in.read() >= 0) {
          throw error(offset, "more data after the " + describe(dims)
              + " values that the header declares; expected the file to end here");
        }
      } catch (ZipException e) {
        throw error(offset, "corrupt gzip data at the end (" + e.getMessage() + ")");
      } catch (EOFException e) {
        throw error(offset, "truncated gzip trailer after the last value (" + e.getMessage() + ")");
      } catch (IOException e) {
        throw new FlowbridgeException("cannot read " + file + " at byte " + offset + ": " + e, e);
      }
    }

    FlowbridgeException error(long at, String message) {
      return new FlowbridgeException(file + ": byte " + at + ": " + message);
    }

    @Override
    public void close() {
      close(in);
    }

    private static void close(InputStream s) {
      try {
        s.close();
      } catch (IOException ignored) {
        // Read-only: nothing is lost if closing fails.
      }
    }
  }
}
