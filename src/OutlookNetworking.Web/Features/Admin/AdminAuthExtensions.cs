using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Identity.Web;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>
/// Admin sign-in for browser pages (the Hangfire dashboard, tenant offboarding): OpenID Connect with Entra ID through
/// Microsoft.Identity.Web on its own cookie scheme, requiring the app role <see cref="AdminPolicies.Role"/>. A host with a
/// stand-in for Entra ID (<see cref="IEntraIdStandIn"/>: the demo host) signs in on a local cookie, its own page. Cookies are HttpOnly, SameSite=Lax, 8 hours.
/// </summary>
public static class AdminAuthExtensions
{
    public static WebApplicationBuilder AddOutlookNetworkingAdmin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var demo = EntraIdStandIn.IsRegistered(builder.Services);
        var authentication = builder.Services.AddAuthentication();
        if (demo)
        {
            authentication.AddCookie(AdminPolicies.CookieScheme); // the stand-in sets the sign-in page
        }
        else
        {
            authentication.AddMicrosoftIdentityWebApp(builder.Configuration.GetSection(EntraIdOptions.SectionName),
                AdminPolicies.OpenIdConnectScheme, AdminPolicies.CookieScheme);
        }

        builder.Services.Configure<CookieAuthenticationOptions>(AdminPolicies.CookieScheme, o =>
        {
            o.Cookie.Name = "on-admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = false;
            if (!demo)
            {
                o.ForwardChallenge = AdminPolicies.OpenIdConnectScheme;
            }

            // Signed in without the role: 403, not a redirect to a page that does not exist.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicies.Admin, policy => policy
            .AddAuthenticationSchemes(AdminPolicies.CookieScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(AdminPolicies.RoleClaim, AdminPolicies.Role))
            .AddPolicy(AdminPolicies.SignedIn, policy => policy
                .AddAuthenticationSchemes(AdminPolicies.CookieScheme)
                .RequireAuthenticatedUser());
        return builder;
    }
}
