using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Digest.Links;
using OutlookNetworking.Web.Features.Digest.Pages;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>
/// <c>GET /digest/preview</c>: the signed-in user's digest as it would be sent today (<c>?format=text</c> for the
/// plain-text part); with a stand-in for Entra ID (the demo host) also anonymous with <c>?upn=</c>. <c>GET /digest/links/{action}?t=…</c>: the
/// confirmation page of a signed digest link (done, snooze, dismiss, unsubscribe); <c>POST</c> the same URL (from
/// that page, with its antiforgery token) does it.
/// </summary>
public static class DigestApi
{
    public static IEndpointRouteBuilder MapDigestApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var demo = app.ServiceProvider.GetService<IEntraIdStandIn>() is not null;
        var preview = app.MapGet(DigestRoutes.Preview, GetPreviewAsync).WithTags("Digest").ExcludeFromDescription();
        if (demo)
        {
            preview.AllowAnonymous();
        }
        else
        {
            preview.RequireAuthorization(AuthPolicies.ApiUser);
        }

        app.MapGet(DigestRoutes.LinkPattern, GetLinkAsync).WithTags("Digest").AllowAnonymous().ExcludeFromDescription();
        app.MapPost(DigestRoutes.LinkPattern, PostLinkAsync).WithTags("Digest").AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<IResult> GetPreviewAsync(string? upn, string? format, HttpContext context,
        MailboxStore mailboxes, DigestPreview preview, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        MailboxKey? key = null;
        var standIn = context.RequestServices.GetService<IEntraIdStandIn>();
        if (standIn is not null && !string.IsNullOrWhiteSpace(upn))
        {
            key = standIn.FindUser(upn.Trim());
        }
        else if (CurrentUser.FromPrincipal(context.User) is { } signedIn)
        {
            key = new MailboxKey(signedIn.TenantId, signedIn.ObjectId);
        }

        if (key is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such user",
                detail: standIn is not null ? "Pass ?upn= of a demo user (GET /demo/users lists them)." : "Sign in first.");
        }

        var mailbox = await mailboxes.FindAsync(key.Value, ct);
        if (mailbox is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Mailbox not known yet",
                detail: "The mailbox has not been read from the directory yet (or its owner opted out).");
        }

        var result = await preview.RenderAsync(mailbox, context.Request, ct);
        if (result.Html is null)
        {
            return new RazorComponentResult<DigestNoticePage>(new { Name = mailbox.DisplayName, Reason = result.Reason });
        }

        return string.Equals(format, "text", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Text(result.Text!, "text/plain; charset=utf-8")
            : TypedResults.Text(result.Html, "text/html; charset=utf-8");
    }

    internal static async Task<RazorComponentResult<DigestLinkPage>> GetLinkAsync(string action, string? t, HttpContext context,
        DigestLinkHandler handler, IAntiforgery antiforgery, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!TryParse(action, out var kind))
        {
            return Page(new DigestLinkOutcome("invalid", "This link does not work", "There is no such digest link.", 404), null, null);
        }

        var outcome = await handler.CheckAsync(kind, t, CurrentUser.FromPrincipal(context.User), ct);
        return Page(outcome, outcome.CanConfirm ? context.Request.Path + context.Request.QueryString : null,
            outcome.CanConfirm ? antiforgery.GetAndStoreTokens(context) : null, ButtonLabel(kind));
    }

    internal static async Task<RazorComponentResult<DigestLinkPage>> PostLinkAsync(string action, string? t, HttpContext context,
        DigestLinkHandler handler, IAntiforgery antiforgery, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!TryParse(action, out var kind))
        {
            return Page(new DigestLinkOutcome("invalid", "This link does not work", "There is no such digest link.", 404), null, null);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page(new DigestLinkOutcome("form-expired", "Please try again",
                "The page was open too long or came from elsewhere. Open the link from the digest again. Nothing was changed.", 400), null, null);
        }

        return Page(await handler.ApplyAsync(kind, t, CurrentUser.FromPrincipal(context.User), ct), null, null);
    }

    private static RazorComponentResult<DigestLinkPage> Page(DigestLinkOutcome outcome, string? formAction, AntiforgeryTokenSet? tokens,
        string? buttonLabel = null) =>
        new(new
        {
            outcome.State, outcome.Title, outcome.Message, FormAction = formAction, ButtonLabel = buttonLabel,
            AntiforgeryFieldName = tokens?.FormFieldName, AntiforgeryToken = tokens?.RequestToken,
        })
        { StatusCode = outcome.StatusCode };

    private static string ButtonLabel(DigestLinkAction action) => action switch
    {
        DigestLinkAction.Done => "Mark as done",
        DigestLinkAction.Snooze => "Snooze for a week",
        DigestLinkAction.Dismiss => "Dismiss",
        _ => "Turn the digest off",
    };

    private static bool TryParse(string action, out DigestLinkAction kind) =>
        Enum.TryParse(action, ignoreCase: true, out kind) && Enum.IsDefined(kind)
        && string.Equals(action, kind.ToString(), StringComparison.OrdinalIgnoreCase);
}
