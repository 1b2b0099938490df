using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Auth.Demo;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddOutlookNetworkingAuth();

var app = builder.Build();
app.UseOutlookNetworkingSecurityHeaders();
app.UseOutlookNetworkingAuth();

app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
app.MapAuthApi();
app.MapConsentApi();
app.MapDemoAuthApi();

await app.RunAsync();
