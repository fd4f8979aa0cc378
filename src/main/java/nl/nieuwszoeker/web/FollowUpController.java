package nl.nieuwszoeker.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import nl.nieuwszoeker.export.CsvRows;
import nl.nieuwszoeker.export.ExportService;
import nl.nieuwszoeker.export.JsonLines;
import nl.nieuwszoeker.feed.AtomWriter;
import nl.nieuwszoeker.feed.FeedService;
import nl.nieuwszoeker.search.RelatedService;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.web.page.QueryString;

/** IO for what follows a search: related articles, the search as an Atom feed, and the export of all hits. */
final class FollowUpController {

    private final RelatedService related;
    private final FeedService feeds;
    private final ExportService export;

    FollowUpController(RelatedService related, FeedService feeds, ExportService export) {
        this.related = related;
        this.feeds = feeds;
        this.export = export;
    }

    void related(Context ctx) {
        SearchParams.rejectUnknown(ctx.queryParamMap(), Set.of(), false);
        String id = NotFound.articleId(ctx).orElseThrow(NotFound::article);
        List<RelatedService.Related> list = related.related(id).orElseThrow(NotFound::article);
        var body = new LinkedHashMap<String, Object>();
        body.put("id", id);
        body.put("related", list);
        ctx.json(body);
    }

    void feed(Context ctx) {
        ArticleSearch r = SearchParams.search(ctx);
        if (SearchParams.single(ctx.queryParamMap(), "size") == null) {
            r = r.firstPage(r.sort(), FeedService.DEFAULT_SIZE);
        }
        var canonical = r.firstPage(ArticleSearch.Sort.RELEVANCE, QueryString.DEFAULT_SIZE);
        String search = QueryString.of(canonical);
        String title = r.q() == null || r.q().isBlank() ? "Nieuwszoeker: nieuwste artikelen"
                : "Nieuwszoeker: \u201c" + r.q().strip() + "\u201d";
        var xml = new StringWriter(8_192);
        AtomWriter.write(xml, feeds.feed(r), base(ctx), search, title);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml.toString());
    }

    void export(Context ctx) {
        ArticleSearch r = SearchParams.context(ctx, Set.of("format", "sort", SearchParams.LITERAL));
        String format = SearchParams.single(ctx.queryParamMap(), "format");
        format = format == null || format.isBlank() ? "csv" : format.strip();
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new BadRequest("format", "format must be csv or jsonl");
        }
        boolean csv = format.equals("csv");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"nieuwszoeker-export." + format + "\"");
        ctx.header("Cache-Control", "no-store");
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 64 * 1024);
            ExportService.Sink rows = csv ? new CsvRows(out) : new JsonLines(out);
            export.export(r, ExportService.LIMIT, new ExportService.Sink() {
                @Override
                public void start(long total, boolean truncated) {
                    // Still before the first byte of the body, so these reach the client.
                    ctx.header("X-Export-Total", Long.toString(total));
                    ctx.header("X-Export-Limit", Integer.toString(ExportService.LIMIT));
                    ctx.header("X-Export-Truncated", Boolean.toString(truncated));
                }

                @Override
                public void row(ExportService.Row row) throws IOException {
                    rows.row(row);
                }
            });
            if (rows instanceof CsvRows c) {
                c.flush();
            }
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Scheme, host and port as the reader reached us, for the absolute links a feed needs. */
    private static String base(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
    }
}
