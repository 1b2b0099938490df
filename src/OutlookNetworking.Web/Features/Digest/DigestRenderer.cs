using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using OutlookNetworking.Web.Features.Digest.Email;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>Renders a digest to HTML with Razor components outside any request (<see cref="HtmlRenderer"/>),
/// and to plain text.</summary>
internal sealed class DigestRenderer(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public async Task<string> RenderHtmlAsync(DigestModel model)
    {
        // Components resolve scoped services: one scope per render (jobs run outside any request).
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<DigestEmail>(
                ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(DigestEmail.Model)] = model }));
            return output.ToHtmlString();
        });
    }

    public static string RenderText(DigestModel model) => DigestTextWriter.Write(model);
}
