using Hangfire;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Auth.Demo;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Features.Jobs;

public static class JobsDashboardExtensions
{
    /// <summary>Hangfire's dashboard at <c>/hangfire</c> behind <see cref="JobsDashboardAuthorizationFilter"/>
    /// (not on worker instances, which serve no HTTP).</summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<AppOptions>>().Value.Role == HostRole.Worker)
        {
            return app;
        }

        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled;
        app.UseHangfireDashboard(JobsAuthorization.DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new JobsDashboardAuthorizationFilter(demo)],
            DashboardTitle = "OutlookNetworking jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
            DarkModeEnabled = true,
        });
        return app;
    }
}
