using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Web.Hosting;

/// <summary>Validates the engine's options on start: the engine-wide section and each detector's section
/// (<c>Engine:Detectors:&lt;Kind&gt;</c>) on its own, every problem named with its section.</summary>
internal sealed class EngineOptionsValidator : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.FindProblems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
