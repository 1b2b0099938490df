using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>The rules data annotations cannot say: a sender that is an address, an interval that divides the hour.
/// (No sender is valid: the product then sends no digest and says so in the log.)</summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (options.SenderMailbox is { Length: > 0 } sender && !sender.Contains('@', StringComparison.Ordinal))
        {
            failures.Add("Digest:SenderMailbox must be a user principal name or SMTP address (name@domain).");
        }

        if (options.SchedulerIntervalMinutes is > 0 and <= 60 && 60 % options.SchedulerIntervalMinutes != 0)
        {
            failures.Add("Digest:SchedulerIntervalMinutes must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
