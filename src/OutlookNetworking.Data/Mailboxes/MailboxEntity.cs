namespace OutlookNetworking.Data.Mailboxes;

/// <summary>A mailbox of a consented tenant, as the directory describes it, plus the user's settings.</summary>
public sealed class MailboxEntity
{
    public Guid TenantId { get; set; }

    /// <summary>Directory object id (Entra <c>oid</c>).</summary>
    public Guid UserId { get; set; }

    public string Mail { get; set; } = "";

    public string UserPrincipalName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Every other address of the user (proxy addresses), lower case, comma separated.</summary>
    public string Aliases { get; set; } = "";

    public string? TimeZone { get; set; }

    /// <summary>The user's working days (Graph <c>mailboxSettings.workingHours.daysOfWeek</c>), lower-case English day
    /// names, comma separated (<c>monday,tuesday,…</c>); null when unknown (Monday to Friday is assumed).</summary>
    public string? WorkingDays { get; set; }

    public MailboxPurpose Purpose { get; set; }

    public bool IsGuest { get; set; }

    public bool DigestEnabled { get; set; } = true;

    /// <summary>Local hour (0-23) of the morning digest.</summary>
    public int DigestHour { get; set; } = 7;

    public DateTimeOffset? LastSyncedAt { get; set; }

    /// <summary>When the mail folder list was last read; folders are rediscovered after an interval.</summary>
    public DateTimeOffset? FoldersDiscoveredAt { get; set; }

    public DateTimeOffset? LastAnalysedAt { get; set; }

    /// <summary>Consecutive failed nights; reset by a successful sync.</summary>
    public int ConsecutiveFailures { get; set; }

    public string? LastFailure { get; set; }

    /// <summary>The directory no longer lists this user (deleted or disabled).</summary>
    public bool Removed { get; set; }

    /// <summary>Whether Graph lets the app read the mailbox; anything but <see cref="MailboxAccess.Readable"/> is out of
    /// scope (graph-fidelity GF-12).</summary>
    public MailboxAccess Access { get; set; }

    /// <summary>When Graph last said the mailbox may not be read; null while it is readable.</summary>
    public DateTimeOffset? AccessCheckedAt { get; set; }

    /// <summary>Since when the mailbox has been out of scope without a break; null while it is readable.</summary>
    public DateTimeOffset? OutOfScopeSince { get; set; }
}
