namespace OutlookNetworking.Core.Addresses;

/// <summary>
/// Recognises mailboxes that machines write from: no-reply and do-not-reply addresses, bounce and
/// notification senders, mailer daemons. Mail from them is never a relationship, however often it
/// arrives. Matching ignores case and the separators <c>-</c>, <c>_</c> and <c>.</c>, and accepts a
/// suffix after the word (<c>noreply+abc@</c>, <c>notifications-eu@</c>).
/// </summary>
public static class AutomatedSenders
{
    /// <summary>Local-part prefixes (separators removed) that mark a machine sender.</summary>
    private static readonly string[] Prefixes =
    [
        "noreply", "donotreply", "dontreply", "mailerdaemon", "postmaster", "notifications", "notification",
        "notify", "bounce", "autoreply", "autoresponder", "autoconfirm", "automated", "alerts", "daemon",
        "listserv", "majordomo", "unsubscribe",
    ];

    /// <summary>True when <paramref name="normalizedAddress"/> (see <see cref="EmailAddresses.Normalize"/>)
    /// is a machine sender by its local part.</summary>
    public static bool IsAutomated(string normalizedAddress)
    {
        ArgumentNullException.ThrowIfNull(normalizedAddress);
        var at = normalizedAddress.LastIndexOf('@');
        var local = at < 0 ? normalizedAddress.AsSpan() : normalizedAddress.AsSpan(0, at);
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        foreach (var c in local)
        {
            if (c is '-' or '_' or '.')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                break;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        var squeezed = buffer[..length];
        foreach (var prefix in Prefixes)
        {
            if (squeezed.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
