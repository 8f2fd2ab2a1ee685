package vn.provportal.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG as a camera or phone writes it: an EXIF block with the orientation flag, the photographer
 * (Artist) and a GPS latitude, and an XMP block naming the creator — put into an encoded JPEG after its
 * JFIF header, the way cameras do.
 */
public final class ExifJpeg {

    private ExifJpeg() {
    }

    public static byte[] withExif(byte[] jpeg, int orientation, String artist, String latitudeRef, double latitude) {
        byte[] tiff = tiff(orientation, artist, latitudeRef, latitude);
        byte[] exif = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff));
        byte[] xmp = segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>"
                + artist + "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        int afterJfif = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(exif);
        out.writeBytes(xmp);
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    private static byte[] tiff(int orientation, String artist, String latitudeRef, double latitude) {
        byte[] name = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
        int artistAt = 8 + 2 + 3 * 12 + 4;
        int gpsAt = artistAt + name.length + (name.length % 2);
        int rationalsAt = gpsAt + 2 + 2 * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(rationalsAt + 24);
        b.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        b.putShort((short) 3);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x013B).putShort((short) 2).putInt(name.length).putInt(artistAt);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        b.putInt(0);
        b.put(name);
        b.position(gpsAt);
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(latitudeRef.getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0).putShort((short) 0);
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationalsAt);
        b.putInt(0);
        int degrees = (int) latitude;
        int minutes = (int) ((latitude - degrees) * 60);
        int seconds = (int) Math.round(((latitude - degrees) * 60 - minutes) * 60 * 100);
        b.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt(seconds).putInt(100);
        return b.array();
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
