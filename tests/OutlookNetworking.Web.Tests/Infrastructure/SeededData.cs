using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// Two consented tenants with several users, each with stored analysis results and feedback, written through the
/// product's own stores. Every user's data carries its own canary (<see cref="AvaCanary"/>, …) in names, reasons and
/// thread ids, and Ava, Ben and Carol all know the same outside contact (<see cref="Lena"/>) with different figures,
/// so any response that mixes users up shows the wrong canary.
/// </summary>
public static class SeededData
{
    public const string AvaCanary = "AVA-CANARY";
    public const string BenCanary = "BEN-CANARY";
    public const string CarolCanary = "CAROL-CANARY";

    public const string Lena = "lena.fischer@adatum.example";
    public const string Maria = "maria.lopez@adatum.example";
    public const string Jo = "jo@recruitco.example";
    public const string AvaAlias = "ava@contoso.example";

    // Ava's suggestions, ranked by score: Ben (owed reply), Maria (first meeting), Lena (fading), Jo (muted: hidden).
    public const string AvaOwedReplyToBen = "s_a0a0000000000001";
    public const string AvaFirstMeetingMaria = "s_a0a0000000000002";
    public const string AvaFadingLena = "s_a0a0000000000003";
    public const string AvaMutedJo = "s_a0a0000000000004";
    public const string AvaAwaitingLena = "s_a0a0000000000005";
    public const string BenFadingLena = "s_b0b0000000000001";
    public const string CarolFadingLena = "s_c0c0000000000001";

    public const string BenMessageId = "AAMkAVA-CANARY-msg-ben";
    public const string MariaMeetingId = "AAMkAVA-CANARY-mtg-maria";

    public static readonly DateTimeOffset Now = new(2025, 6, 30, 18, 0, 0, TimeSpan.Zero);

    public static MailboxKey AvaKey => new(TestIds.HomeTenant, TestIds.Ava.Id);

    public static MailboxKey BenKey => new(TestIds.HomeTenant, TestIds.Ben.Id);

    public static MailboxKey CarolKey => new(TestIds.OtherConsentedTenant, TestIds.Carol.Id);

    /// <summary>Writes the tenants, directories, analyses, feedback, a digest record and some synced metadata.</summary>
    public static async Task SeedAsync(IServiceProvider services)
    {
        var ct = CancellationToken.None;
        var tenants = services.GetRequiredService<TenantStore>();
        await tenants.RecordConsentAsync(TestIds.HomeTenant, "Contoso (tests)", ["contoso.example"], null, Now.AddDays(-60), ct);
        await tenants.RecordConsentAsync(TestIds.OtherConsentedTenant, "Fabrikam (tests)", ["fabrikam.example"], null, Now.AddDays(-30), ct);

        var mailboxes = services.GetRequiredService<MailboxStore>();
        await mailboxes.UpsertDirectoryAsync(TestIds.HomeTenant,
        [
            new DirectoryUser(TestIds.Ava.Id, TestIds.Ava.Mail!, TestIds.Ava.UserPrincipalName, TestIds.Ava.DisplayName, [AvaAlias],
                "Pacific Standard Time", MailboxPurpose.User, false),
            new DirectoryUser(TestIds.Ben.Id, TestIds.Ben.Mail!, TestIds.Ben.UserPrincipalName, TestIds.Ben.DisplayName, [],
                "Europe/London", MailboxPurpose.User, false),
            new DirectoryUser(TestIds.Nia.Id, TestIds.Nia.Mail!, TestIds.Nia.UserPrincipalName, TestIds.Nia.DisplayName, [],
                "UTC", MailboxPurpose.User, false),
        ], ct);
        await mailboxes.UpsertDirectoryAsync(TestIds.OtherConsentedTenant,
        [
            new DirectoryUser(TestIds.Carol.Id, TestIds.Carol.Mail!, TestIds.Carol.UserPrincipalName, TestIds.Carol.DisplayName, [],
                "UTC", MailboxPurpose.User, false),
        ], ct);

        var analyses = services.GetRequiredService<AnalysisStore>();
        await analyses.SaveAsync(AvaKey, AvaAnalysis(), 3, 1, ct);
        await analyses.SaveAsync(BenKey, OtherAnalysis(BenCanary, BenFadingLena, strength: 0.31, contactDays: 9), 0, 0, ct);
        await analyses.SaveAsync(CarolKey, OtherAnalysis(CarolCanary, CarolFadingLena, strength: 0.12, contactDays: 5), 0, 0, ct);
        foreach (var key in new[] { AvaKey, BenKey, CarolKey })
        {
            await mailboxes.RecordAnalysedAsync(key, Now, ct);
        }

        // Warm introductions: on in both tenants; Ben and Carol discoverable, Ava not (so nothing of hers is ever shown
        // to anyone; she gets introductions_opt_in_required until a test opts her in).
        var introductions = services.GetRequiredService<IntroductionStore>();
        await introductions.SetEnabledAsync(TestIds.HomeTenant, true, ct);
        await introductions.SetEnabledAsync(TestIds.OtherConsentedTenant, true, ct);
        await introductions.SetDiscoverableAsync(BenKey, true, ct);
        await introductions.SetDiscoverableAsync(CarolKey, true, ct);

        var feedback = services.GetRequiredService<FeedbackStore>();
        await feedback.SetMutedAsync(AvaKey, Jo, true, ct);
        await feedback.SetGoalAsync(AvaKey, Maria, "mentor", 30, ct);
        await feedback.SetGoalAsync(BenKey, Lena, "client " + BenCanary.ToLowerInvariant(), 14, ct);

        await services.GetRequiredService<DigestLedger>().TryReserveAsync(AvaKey, new DateOnly(2025, 6, 30), ct);
        var metadata = services.GetRequiredService<MailboxMetadataStore>();
        await metadata.EnsureMailStreamAsync(AvaKey, "inbox-folder", FolderKind.Inbox, ct);
        await metadata.ApplyMessagePageAsync(AvaKey, "inbox-folder",
        [
            new MessageMeta(BenMessageId, "conv-" + AvaCanary, new Party(TestIds.Ben.Mail, "Ben Okafor"),
                [new Party(TestIds.Ava.Mail, "Ava Patel")], [], [], Now.AddDays(-5), Now.AddDays(-5), FolderKind.Inbox,
                InferenceClass.Focused, false),
        ], [], null, "delta-" + AvaCanary, ct);
        await metadata.ApplyMeetingPageAsync(AvaKey,
        [
            new CalendarItem(CalendarItemKind.Meeting, new MeetingMeta(MariaMeetingId, Now.AddDays(-2), Now.AddDays(-2).AddHours(1), false,
                new Party(TestIds.Ava.Mail), [new Attendee(new Party(Maria, "Maria Lopez"), AttendeeKind.Required, ResponseKind.Accepted)], false,
                true, ResponseKind.Organizer), null),
        ], [], null, "calendar-delta-" + AvaCanary, ct);
    }

    /// <summary>Puts the seeded users back as <see cref="SeedAsync"/> left them (their feedback, settings and
    /// opt-outs undone; the API's caches of them forgotten) and the clock at <see cref="Now"/>, so the tests of a class
    /// can share one host.</summary>
    public static async Task ResetAsync<TEntryPoint>(TestHostBase<TEntryPoint> host)
        where TEntryPoint : class
    {
        var services = host.Services;
        var userData = services.GetRequiredService<UserDataStore>();
        foreach (var key in new[] { AvaKey, BenKey, CarolKey, new MailboxKey(TestIds.HomeTenant, TestIds.Nia.Id), new MailboxKey(TestIds.HomeTenant, TestIds.Omar.Id) })
        {
            await userData.EraseAndOptOutAsync(key, CancellationToken.None);
            await userData.OptInAsync(key, CancellationToken.None);
            services.GetRequiredService<UserMailboxes>().Forget(key);
            services.GetRequiredService<RankedSuggestions>().Forget(key);
        }

        host.Clock.SetUtcNow(Now);
        await SeedAsync(services);
    }

    private static AnalysisResult AvaAnalysis()
    {
        Relationship[] relationships =
        [
            new(TestIds.Ben.Mail!, "Ben Okafor", true, Now.AddDays(-360), Now.AddDays(-5), 104, 52, 54, 0, 0.96, 0.82, 7.0,
                [8, 9, 8, 10, 8, 9, 8, 9, 8, 9, 8, 6]) { PeakStrength = 0.85, Label = StrengthLabel.Strong },
            new(Lena, "Lena Fischer " + AvaCanary, false, Now.AddDays(-300), Now.AddDays(-40), 18, 14, 12, 3, 0.8, 0.41, 9.0,
                [1, 2, 2, 1, 2, 2, 3, 2, 1, 1, 0, 0]) { PeakStrength = 0.6, Label = StrengthLabel.Fading },
            new(Maria, "Maria Lopez", false, Now.AddDays(-2), Now.AddDays(-2), 1, 0, 0, 1, 1, 0.1, null,
                [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]) { PeakStrength = 0.1, Label = StrengthLabel.New },
        ];
        Suggestion[] suggestions =
        [
            new(AvaOwedReplyToBen, SuggestionKind.OwedReply, TestIds.Ben.Mail!, "Ben Okafor", 0.91,
                "Ben Okafor wrote to you 5 days ago and is still waiting for your reply. " + AvaCanary,
                new SuggestionEvidence(ConversationId: "conv-" + AvaCanary, MessageId: BenMessageId, AnchorAt: Now.AddDays(-5),
                    LastContact: Now.AddDays(-5), FirstContact: Now.AddDays(-360), UsualGapDays: 7, DaysSilent: 5, ContactDays: 104,
                    Exchanges: 106)),
            new(AvaFirstMeetingMaria, SuggestionKind.FirstMeetingFollowUp, Maria, "Maria Lopez", 0.8,
                "You met Maria Lopez for the first time 2 days ago. " + AvaCanary,
                new SuggestionEvidence(MeetingId: MariaMeetingId, AnchorAt: Now.AddDays(-2), LastContact: Now.AddDays(-2),
                    FirstContact: Now.AddDays(-2), ContactDays: 1, Exchanges: 1)),
            new(AvaFadingLena, SuggestionKind.FadingTie, Lena, "Lena Fischer " + AvaCanary, 0.6,
                "Usually every 9 days; last contact 40 days ago. " + AvaCanary,
                new SuggestionEvidence(AnchorAt: Now.AddDays(-40), LastContact: Now.AddDays(-40), UsualGapDays: 9, DaysSilent: 40,
                    ContactDays: 18, Exchanges: 29)),
            new(AvaAwaitingLena, SuggestionKind.AwaitingReply, Lena, "Lena Fischer " + AvaCanary, 0.5,
                "You wrote to Lena Fischer 40 days ago and she has not answered. " + AvaCanary,
                new SuggestionEvidence(ConversationId: "conv-lena-" + AvaCanary, MessageId: "AAMk-lena-" + AvaCanary,
                    AnchorAt: Now.AddDays(-40), LastContact: Now.AddDays(-40), DaysSilent: 40)),
            new(AvaMutedJo, SuggestionKind.AwaitingReply, Jo, "Jo " + AvaCanary, 0.95,
                "Jo has not answered. " + AvaCanary,
                new SuggestionEvidence(ConversationId: "conv-jo-" + AvaCanary, MessageId: "AAMk-jo-" + AvaCanary,
                    AnchorAt: Now.AddDays(-4), LastContact: Now.AddDays(-4), DaysSilent: 4)),
        ];
        return Result(relationships, suggestions, activeTies: new HealthFigure(24, 22));
    }

    private static AnalysisResult OtherAnalysis(string canary, string suggestionId, double strength, int contactDays)
    {
        Relationship[] relationships =
        [
            new(Lena, "Lena " + canary, false, Now.AddDays(-200), Now.AddDays(-30), contactDays, 4, 5, 0, 0.8, strength, 12.0,
                [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]) { PeakStrength = 0.5, Label = StrengthLabel.Fading },
        ];
        Suggestion[] suggestions =
        [
            new(suggestionId, SuggestionKind.FadingTie, Lena, "Lena " + canary, 0.55, "Lena has gone quiet. " + canary,
                new SuggestionEvidence(ConversationId: "conv-" + canary, AnchorAt: Now.AddDays(-30), LastContact: Now.AddDays(-30),
                    UsualGapDays: 12, DaysSilent: 30, ContactDays: contactDays)),
        ];
        return Result(relationships, suggestions, activeTies: new HealthFigure(3, 4));
    }

    private static AnalysisResult Result(Relationship[] relationships, Suggestion[] suggestions, HealthFigure activeTies) => new(
        Now,
        relationships,
        suggestions.Select((s, i) => new RankedSuggestion(s, i + 1, i < 5)).ToList(),
        new NoiseSummary(new Dictionary<string, int> { ["bulk"] = 2 }),
        new NetworkHealth(activeTies, new HealthFigure(3, 1), new HealthFigure(4, 5), new HealthFigure(7, 7),
            new HealthFigure(0.31, 0.28), new HealthFigure(0.74, 0.7)));
}
