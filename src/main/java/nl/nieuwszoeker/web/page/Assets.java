package nl.nieuwszoeker.web.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page's stylesheet and script, read once from the classpath (web/). Pages link them with a content
 * hash (?v=...), so a linked version may be cached for a year and a new build is fetched at once.
 */
public final class Assets {

    public static final String[] NAMES = {"app.css", "app.js"};

    private record Asset(byte[] bytes, String type, String hash) {}

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    private Assets() {}

    public static Assets load() {
        var assets = new Assets();
        for (String name : NAMES) {
            byte[] bytes = read("/web/" + name);
            String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            assets.assets.put(name, new Asset(bytes, type, sha256(bytes).substring(0, 12)));
        }
        return assets;
    }

    /** The URL a page links to. */
    public String url(String name) {
        return "/assets/" + name + "?v=" + assets.get(name).hash();
    }

    public void serve(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("name"));
        if (asset == null) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("Not found");
            return;
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        String etag = "\"" + asset.hash() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", asset.hash().equals(ctx.queryParam("v"))
                ? "public, max-age=31536000, immutable" : "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
