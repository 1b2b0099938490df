using System.ComponentModel.DataAnnotations;
using OutlookNetworking.Core.Detectors;
using OutlookNetworking.Core.Detectors.TieWorth;

namespace OutlookNetworking.Core.Engine;

/// <summary>
/// The engine-wide thresholds, each with its default and the reason for it: what makes a tie (noise rules and
/// weights), how relationships are measured and when a tie is fading or dormant, and how the daily list is ranked.
/// Each detector's own options are in <see cref="Detectors"/> (section <c>Engine:Detectors:&lt;Kind&gt;</c>, one class
/// in each detector's folder). Bound from the configuration section <see cref="SectionName"/> and validated on start
/// with <see cref="FindProblems"/> (data annotations plus <see cref="Validate"/> for rules between options, then each
/// detector's section on its own).
/// </summary>
public sealed class EngineOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Engine";

    // ---- Interactions: what makes a tie, and how much it weighs --------------------------------

    /// <summary>Meetings with more people than this (organizer, attendees and the owner; rooms not
    /// counted) make no tie at all. Default 15: beyond a dozen or so people a meeting is a broadcast,
    /// not a conversation (the all-hands, the town hall, the training).</summary>
    [Range(2, 1000)]
    public int MaxMeetingSize { get; set; } = 15;

    /// <summary>Meetings with at most this many people (the owner included) make a two-way tie on
    /// their own and can start a first-meeting follow-up. Default 5: a 1:1 or a small working group,
    /// where everyone speaks with everyone.</summary>
    [Range(2, 1000)]
    public int SmallMeetingSize { get; set; } = 5;

    /// <summary>Messages with more recipients than this (To, Cc and Bcc, addressed or not) are bulk
    /// and make no tie. Default 50: announcements and mass mail, not correspondence.</summary>
    [Range(2, 10_000)]
    public int BulkRecipientCount { get; set; } = 50;

    /// <summary>Weight of a Cc relative to a To (both divided by the square root of the number of
    /// people on the message). Default 0.5: being copied is half as personal as being addressed, so a
    /// direct 1:1 mail weighs 1 and one of 40 on Cc weighs 0.5/√40 ≈ 0.08.</summary>
    [Range(0.0, 1.0)]
    public double CcWeight { get; set; } = 0.5;

    /// <summary>Weight of a meeting with one other person, relative to a 1:1 mail (1.0); divided by
    /// the square root of the number of other people. Default 1.5: time spent together is a stronger
    /// signal than a message, so a 1:1 meeting weighs 1.5 and a 12-person one 1.5/√11 ≈ 0.45.</summary>
    [Range(0.1, 10.0)]
    public double MeetingWeight { get; set; } = 1.5;

    /// <summary>Mail is "direct" when at most this many people are in To (the owner included for
    /// received mail); only direct mail makes an owed or awaited reply. Default 3.</summary>
    [Range(1, 50)]
    public int DirectMaxRecipients { get; set; } = 3;

    /// <summary>Consumer mail domains, comma-separated: an address at one of them that is evidently the owner's own
    /// (their names on it or in its local part, and no other person on any message or meeting with it) is the owner,
    /// never a contact (counted as <c>ownAddress</c>; the rule is in docs/engine.md). Default: the large free mail
    /// services (Gmail, Outlook.com, Hotmail, Live, MSN, Yahoo, iCloud, me.com, Proton, AOL, GMX, web.de, Yandex, mail.ru,
    /// Zoho). A company's own domain never belongs here: colleagues would be judged by name.</summary>
    [Required(AllowEmptyStrings = true)]
    [RegularExpression(@"^[A-Za-z0-9.\-, @]*$")]
    public string ConsumerMailDomains { get; set; } =
        "gmail.com,googlemail.com,outlook.com,hotmail.com,live.com,msn.com,yahoo.com,ymail.com,icloud.com,me.com,mac.com,"
        + "proton.me,protonmail.com,pm.me,aol.com,gmx.com,gmx.net,gmx.de,web.de,yandex.com,yandex.ru,mail.ru,zoho.com";

    // ---- Relationships ---------------------------------------------------------------------------

    /// <summary>Half-life of a contact day in the strength score, in days. Default 90: a quarter of
    /// silence halves a tie's strength, so strength follows the last few months, not all history.
    /// Strength sums distinct contact days (each counting at most 1), not messages, because the number
    /// of distinct contact days predicts tie strength better than message volume (Ureña-Carrión et al.
    /// 2020, EPJ Data Science).</summary>
    [Range(1.0, 3650.0)]
    public double StrengthHalfLifeDays { get; set; } = 90;

    /// <summary>The decayed sum of contact days at which strength reaches 1 − 1/e ≈ 0.63
    /// (strength = 1 − exp(−sum / saturation)). Default 8: weekly contact kept up for a quarter or more
    /// reads as a strong tie (≈ 0.85), monthly contact as a steady one (≈ 0.5).</summary>
    [Range(0.1, 1000.0)]
    public double StrengthSaturation { get; set; } = 8;

    /// <summary>Strength from which a tie is labelled <c>strong</c>. Default 0.6.</summary>
    [Range(0.0, 1.0)]
    public double StrongTieStrength { get; set; } = 0.6;

    /// <summary>Strength from which a tie is labelled <c>steady</c> (below it: <c>light</c>). Default 0.3.</summary>
    [Range(0.0, 1.0)]
    public double SteadyTieStrength { get; set; } = 0.3;

    /// <summary>A tie whose first contact is at most this many days old is <c>new</c>. Default 30:
    /// "new ties this month".</summary>
    [Range(1, 365)]
    public int NewTieDays { get; set; } = 30;

    /// <summary>The usual gap assumed for a tie that has not yet shown a rhythm of its own (fewer than
    /// two separate exchanges), in days. Default 30: until proven otherwise, a monthly tie.</summary>
    [Range(1.0, 365.0)]
    public double NoRhythmGapDays { get; set; } = 30;

    // ---- Tie states: when a tie is fading or dormant (labels, network health and the tie detectors) ----

    /// <summary>A tie is fading when silent for this many times its own usual gap. Default 3: well
    /// before the ~8x at which ties most likely decay (Navarro et al. 2017), so there is time to act.</summary>
    [Range(1.0, 100.0)]
    public double FadingGapMultiple { get; set; } = 3;

    /// <summary>No tie is called fading before this many silent days, however short its rhythm.
    /// Default 14: two weeks of quiet with a daily contact is a holiday, not a fading tie.</summary>
    [Range(1, 365)]
    public int FadingMinSilentDays { get; set; } = 14;

    /// <summary>A tie is dormant when silent for this many times its own usual gap. Default 8: contact
    /// that stops for more than about 8x its previous inter-contact interval most likely means the tie
    /// has decayed (Navarro et al. 2017, EPJ Data Science).</summary>
    [Range(1.0, 1000.0)]
    public double DormantGapMultiple { get; set; } = 8;

    /// <summary>No tie is dormant before this many silent days. Default 90: a quarter.</summary>
    [Range(1, 3650)]
    public int DormantMinSilentDays { get; set; } = 90;

    /// <summary>Dormant ties stay in scope this long, in days. Default 1826 (five years): reconnecting
    /// with once-strong ties dormant for three years or more gives advice as useful as current ties and
    /// more novel (Levin, Walter &amp; Murnighan 2011, Organization Science 22(4)).</summary>
    [Range(1, 36500)]
    public int DormantMaxSilentDays { get; set; } = 1826;

    /// <summary>Only a tie whose strength once reached this is dormant (weaker ones silently lapse).
    /// Default 0.5: a tie that was at least steady.</summary>
    [Range(0.0, 1.0)]
    public double DormantMinPeakStrength { get; set; } = 0.5;

    // ---- Ranking -----------------------------------------------------------------------------------

    /// <summary>Suggestions in the daily list (task pane, digest). Default 5: a handful a day gets
    /// done; a long list gets ignored.</summary>
    [Range(1, 50)]
    public int DailyListSize { get; set; } = 5;

    /// <summary>Each suggestion of a kind already in the daily list has its score multiplied by this
    /// once more, so the list mixes kinds. Default 0.8.</summary>
    [Range(0.0, 1.0)]
    public double KindRepeatPenalty { get; set; } = 0.8;

    /// <summary>Share of a fading tie's former-closeness term (<see cref="TieWorthOptions.ContactDaysWeight"/>) that
    /// comes from being moderately weak (a term peaking at closeness 0.5) rather than from closeness itself. Default
    /// 0.5: moderately weak ties drive the most job mobility (Rajkumar et al. 2022, Science), so the list must not hold
    /// only the strongest ties. Dormant ties read closeness as <c>Engine:Detectors:DormantTie:Favour</c> says.</summary>
    [Range(0.0, 1.0)]
    public double WeakTieEmphasis { get; set; } = 0.5;

    /// <summary>A snooze without a date hides a suggestion for this many days. Default 7.</summary>
    [Range(1, 365)]
    public int DefaultSnoozeDays { get; set; } = 7;

    // ---- Detectors -------------------------------------------------------------------------------

    /// <summary>Each detector's options, one section per detector (<c>Engine:Detectors:OwedReply:MaxAge</c>).</summary>
    public DetectorOptions Detectors { get; set; } = new();

    /// <summary>How fading and dormant ties are ordered within their kind (section <c>Engine:TieWorth</c>).</summary>
    public TieWorthOptions TieWorth { get; set; } = new();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SmallMeetingSize > MaxMeetingSize)
        {
            yield return new ValidationResult(
                $"{nameof(SmallMeetingSize)} must not exceed {nameof(MaxMeetingSize)}.",
                [nameof(SmallMeetingSize), nameof(MaxMeetingSize)]);
        }

        if (SteadyTieStrength > StrongTieStrength)
        {
            yield return new ValidationResult(
                $"{nameof(SteadyTieStrength)} must not exceed {nameof(StrongTieStrength)}.",
                [nameof(SteadyTieStrength), nameof(StrongTieStrength)]);
        }

        if (FadingGapMultiple >= DormantGapMultiple)
        {
            yield return new ValidationResult(
                $"{nameof(FadingGapMultiple)} must be below {nameof(DormantGapMultiple)}.",
                [nameof(FadingGapMultiple), nameof(DormantGapMultiple)]);
        }

        if (DormantMinSilentDays > DormantMaxSilentDays)
        {
            yield return new ValidationResult(
                $"{nameof(DormantMinSilentDays)} must not exceed {nameof(DormantMaxSilentDays)}.",
                [nameof(DormantMinSilentDays), nameof(DormantMaxSilentDays)]);
        }
    }

    /// <summary>
    /// Every problem with these options, each message starting with the section it is in (<c>Engine</c> or
    /// <c>Engine:Detectors:&lt;Kind&gt;</c>): the engine-wide options first, then each detector's section, validated
    /// on its own. Empty when the options are valid.
    /// </summary>
    public IReadOnlyList<string> FindProblems()
    {
        var problems = new List<string>();
        AddProblems(problems, SectionName, this);
        if (TieWorth is null)
        {
            problems.Add($"{TieWorthOptions.SectionName}: missing.");
        }
        else
        {
            AddProblems(problems, TieWorthOptions.SectionName, TieWorth);
        }

        if (Detectors is null)
        {
            problems.Add($"{DetectorOptions.SectionName}: missing.");
            return problems;
        }

        foreach (var (section, options) in Detectors.Sections())
        {
            if (options is null)
            {
                problems.Add($"{section}: missing.");
            }
            else
            {
                AddProblems(problems, section, options);
            }
        }

        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming every invalid option.</summary>
    internal void EnsureValid()
    {
        var problems = FindProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid engine options: " + string.Join(" ", problems), "options");
        }
    }

    private static void AddProblems(List<string> problems, string section, object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            problems.Add($"{section}: {result.ErrorMessage}");
        }
    }
}
