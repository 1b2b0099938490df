using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Auth.Demo;

/// <summary>Refuses to start with demo mode on in Production: its token issuer signs any user's token on request.</summary>
internal sealed class DemoOptionsValidator(IHostEnvironment environment) : IValidateOptions<DemoOptions>
{
    public const string ProductionRefusal =
        "Demo mode (Demo:Enabled=true) cannot run in the Production environment: its local token issuer would "
        + "let anyone sign in as anyone. Set Demo:Enabled=false, or run with ASPNETCORE_ENVIRONMENT=Development.";

    public ValidateOptionsResult Validate(string? name, DemoOptions options) =>
        options.Enabled && environment.IsProduction()
            ? ValidateOptionsResult.Fail(ProductionRefusal)
            : ValidateOptionsResult.Success;
}
