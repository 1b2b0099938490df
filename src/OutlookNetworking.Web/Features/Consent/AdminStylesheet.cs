namespace OutlookNetworking.Web.Features.Consent;

/// <summary>The admin pages' stylesheet, served same-origin so the Content-Security-Policy needs no inline styles.</summary>
internal static class AdminStylesheet
{
    public const string Css = """
        :root { color-scheme: light; font-family: "Segoe UI", system-ui, sans-serif; color: #1b1b1b; }
        body { margin: 0; background: #f5f6f8; }
        header { background: #0f4c81; color: #fff; padding: 12px 24px; }
        header .brand { font-weight: 600; }
        header .muted { color: #d6e4f0; }
        main { max-width: 860px; margin: 24px auto; background: #fff; padding: 24px 32px; border-radius: 6px; }
        h1 { font-size: 1.6rem; margin-top: 0; }
        h2 { font-size: 1.15rem; margin-top: 1.6em; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid #e1e4e8; }
        code, pre { font-family: Consolas, "SF Mono", monospace; }
        pre { white-space: pre-wrap; background: #f5f6f8; padding: 12px; border-radius: 4px; }
        .lead { font-size: 1.05rem; }
        .muted { color: #5b6470; }
        .ok { color: #0b6a0b; font-weight: 600; }
        .error { color: #a4262c; font-weight: 600; }
        a.button { display: inline-block; background: #0f6cbd; color: #fff; padding: 10px 18px; border-radius: 4px; text-decoration: none; }
        dt { font-weight: 600; margin-top: 8px; }
        dd { margin-left: 0; }
        """;
}
