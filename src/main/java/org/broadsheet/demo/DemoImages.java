package org.broadsheet.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Abstract illustrations for demo stories, drawn with Java 2D: a gradient in the category's
 * colours with hills, a sun and a few shapes, different for every slug.
 */
final class DemoImages {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;

    private DemoImages() {
    }

    static void write(Path file, String seed, Color base) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Random random = new Random(seed.hashCode());
            Color light = blend(base, Color.WHITE, 0.55f);
            Color dark = blend(base, Color.BLACK, 0.35f);
            g.setPaint(new GradientPaint(0, 0, light, WIDTH, HEIGHT, base));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 255, 255, 150));
            int sun = 120 + random.nextInt(120);
            g.fill(new Ellipse2D.Double(150 + random.nextInt(800), 60 + random.nextInt(150), sun, sun));
            for (int layer = 0; layer < 3; layer++) {
                g.setColor(blend(dark, light, layer * 0.25f));
                g.fill(hills(random, 330 + layer * 110));
            }
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(255, 255, 255, 40 + random.nextInt(60)));
                int size = 20 + random.nextInt(70);
                g.fill(new Ellipse2D.Double(random.nextInt(WIDTH), random.nextInt(HEIGHT / 2), size, size));
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.getParent());
        writeJpeg(image, file);
    }

    private static Path2D hills(Random random, int baseline) {
        Path2D path = new Path2D.Double();
        path.moveTo(0, HEIGHT);
        path.lineTo(0, baseline);
        for (int x = 0; x <= WIDTH; x += 200) {
            path.quadTo(x + 100, baseline - 60 - random.nextInt(120), x + 200, baseline + random.nextInt(40) - 20);
        }
        path.lineTo(WIDTH, HEIGHT);
        path.closePath();
        return path;
    }

    private static Color blend(Color a, Color b, float share) {
        return new Color(
                Math.round(a.getRed() * (1 - share) + b.getRed() * share),
                Math.round(a.getGreen() * (1 - share) + b.getGreen() * share),
                Math.round(a.getBlue() * (1 - share) + b.getBlue() * share));
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        try (OutputStream out = Files.newOutputStream(file); ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
