using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace OutlookNetworking.Web.Features.TaskPane;

/// <summary>
/// Serves the built task pane (wwwroot/taskpane, see src/OutlookNetworking.TaskPane): <c>/taskpane/</c> is its
/// index.html. Its content-hashed scripts and styles under <c>/taskpane/assets/</c> go out compressed (Brotli or gzip,
/// as the browser accepts: ~460 KB of JavaScript ships as ~130 KB) and are cached for a year as immutable, since a new
/// build gives them new names; every other file is revalidated on each load, so a new release reaches Outlook at once.
/// <c>/taskpane/?demo</c> is the browser demo's page (<c>demo.html</c>, which does not load office.js from Microsoft's
/// CDN, so the demo paints even where the CDN cannot be reached); without <c>?demo</c> it is the Outlook pane.
/// </summary>
public static class TaskPaneFilesExtensions
{
    /// <summary>The pane's content-hashed build output (Vite's <c>assets</c> folder).</summary>
    public const string AssetsPath = "/taskpane/assets";

    /// <summary>The task pane's address (the manifest's URL): index.html, the Outlook pane.</summary>
    public const string PanePath = "/taskpane/";

    /// <summary>The browser demo's page, served for <see cref="PanePath"/> with a <c>demo</c> query key.</summary>
    public const string DemoPagePath = "/taskpane/demo.html";

    /// <summary>Cache-Control of the content-hashed files.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public static WebApplicationBuilder AddTaskPaneFiles(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddResponseCompression(options =>
        {
            // Only the static, public files under AssetsPath are compressed (see UseTaskPaneFiles): no response that
            // mixes a secret with request input is, so HTTPS compression opens no BREACH-style leak.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/javascript", "application/javascript", "text/css"];
        });
        // The files are compressed once per browser that lacks them (then cached for a year): favour size over speed.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>Default document, compression of the hashed assets, static files with their caching headers.</summary>
    public static WebApplication UseTaskPaneFiles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AssetsPath, StringComparison.OrdinalIgnoreCase),
            assets => assets.UseResponseCompression());
        app.Use((context, next) =>
        {
            if (context.Request.Query.ContainsKey("demo") && IsPaneDocument(context.Request.Path))
            {
                context.Request.Path = DemoPagePath;
            }

            return next(context);
        });
        app.UseDefaultFiles();   // /taskpane/ -> /taskpane/index.html
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCacheControl });
        return app;
    }

    private static bool IsPaneDocument(PathString path) =>
        path.Equals(PanePath, StringComparison.OrdinalIgnoreCase) || path.Equals(PanePath + "index.html", StringComparison.OrdinalIgnoreCase);

    private static void SetCacheControl(StaticFileResponseContext context)
    {
        context.Context.Response.Headers[HeaderNames.CacheControl] =
            context.Context.Request.Path.StartsWithSegments(AssetsPath, StringComparison.OrdinalIgnoreCase)
                ? ImmutableCacheControl
                : "no-cache";
    }
}
