using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Consent;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Storage;

/// <summary>
/// The product's store. Provider-neutral: <see cref="SqliteAppDbContext"/> and
/// <see cref="PostgresAppDbContext"/> add the provider and carry their own migrations.
/// Every user-owned table is keyed by (tenant, user, ...), so every query is scoped by both.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<TenantEntity> Tenants => Set<TenantEntity>();

    public DbSet<MailboxEntity> Mailboxes => Set<MailboxEntity>();

    public DbSet<MailboxNumberEntity> MailboxNumbers => Set<MailboxNumberEntity>();

    public DbSet<MailMessageEntity> MailMessages => Set<MailMessageEntity>();

    public DbSet<MeetingEntity> Meetings => Set<MeetingEntity>();

    public DbSet<SeriesMasterEntity> SeriesMasters => Set<SeriesMasterEntity>();

    public DbSet<SyncCursorEntity> SyncCursors => Set<SyncCursorEntity>();

    public DbSet<KeptStateEntity> KeptStates => Set<KeptStateEntity>();

    public DbSet<KeptStatePartEntity> KeptStateParts => Set<KeptStatePartEntity>();

    public DbSet<AnalysisChangeEntity> AnalysisChanges => Set<AnalysisChangeEntity>();

    public DbSet<RelationshipEntity> Relationships => Set<RelationshipEntity>();

    public DbSet<SuggestionEntity> Suggestions => Set<SuggestionEntity>();

    public DbSet<MailboxAnalysisEntity> MailboxAnalyses => Set<MailboxAnalysisEntity>();

    public DbSet<SuggestionFeedbackEntity> SuggestionFeedback => Set<SuggestionFeedbackEntity>();

    public DbSet<ContactPreferenceEntity> ContactPreferences => Set<ContactPreferenceEntity>();

    public DbSet<DigestDispatchEntity> DigestDispatches => Set<DigestDispatchEntity>();

    public DbSet<HealthSnapshotEntity> HealthSnapshots => Set<HealthSnapshotEntity>();

    public DbSet<UsedDigestLinkEntity> UsedDigestLinks => Set<UsedDigestLinkEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<OptOutEntity> OptOuts => Set<OptOutEntity>();

    public DbSet<ConsentStateEntity> ConsentStates => Set<ConsentStateEntity>();

    /// <summary>Warm introductions: the index the night builds (one row per colleague x external contact).</summary>
    public DbSet<IntroductionTieEntity> IntroductionTies => Set<IntroductionTieEntity>();

    /// <summary>Warm introductions: who opted in to be discoverable.</summary>
    public DbSet<IntroductionOptInEntity> IntroductionOptIns => Set<IntroductionOptInEntity>();

    /// <summary>Warm introductions: each organisation's switch.</summary>
    public DbSet<IntroductionSettingEntity> IntroductionSettings => Set<IntroductionSettingEntity>();

    /// <summary>Warm introductions: answers per asker per day (the audit).</summary>
    public DbSet<IntroductionAnswerCountEntity> IntroductionAnswerCounts => Set<IntroductionAnswerCountEntity>();

    /// <summary>Secrets the application generated for itself, protected (the opt-out marker's HMAC key).</summary>
    public DbSet<AppSecretEntity> AppSecrets => Set<AppSecretEntity>();

    /// <summary>ASP.NET Core data-protection keys, shared by every instance (signed links, cookies).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantEntity>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(x => x.TenantId);
            e.Property(x => x.DisplayName).HasMaxLength(256);
            e.Property(x => x.Domains).HasMaxLength(4000);
            e.Property(x => x.TimeZone).HasMaxLength(64);
        });
        modelBuilder.Entity<MailboxEntity>(e =>
        {
            e.ToTable("mailboxes");
            e.HasKey(x => new { x.TenantId, x.UserId });
            e.HasIndex(x => new { x.TenantId, x.Mail });
            e.Property(x => x.Mail).HasMaxLength(320);
            e.Property(x => x.UserPrincipalName).HasMaxLength(320);
            e.Property(x => x.DisplayName).HasMaxLength(256);
            e.Property(x => x.TimeZone).HasMaxLength(64);
            e.Property(x => x.WorkingDays).HasMaxLength(80);
            e.Property(x => x.LastFailure).HasMaxLength(1000);
        });
        modelBuilder.Entity<MailboxNumberEntity>(e =>
        {
            e.ToTable("mailbox_numbers");
            e.HasKey(x => x.Number);
            e.Property(x => x.Number).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.TenantId, x.UserId }).IsUnique();
        });

        // The two big tables: keyed by (mailbox number, Graph id), no secondary index: a folder's rows (stale sweep after
        // a restart, folder drop) are found by scanning the mailbox's key range, which is rare next to writing pages.
        // Not WITHOUT ROWID on SQLite: measured, rows this wide (Graph ids, recipients) insert faster into a rowid table
        // plus its key index than into one B-tree holding whole rows, markedly so with real, random Graph ids.
        modelBuilder.Entity<MailMessageEntity>(e =>
        {
            e.ToTable("mail_messages", t => t.HasTrigger(KeptStateTriggers.Messages));
            e.HasKey(x => new { x.MailboxNumber, x.Id });
        });
        modelBuilder.Entity<MeetingEntity>(e =>
        {
            e.ToTable("meetings", t => t.HasTrigger(KeptStateTriggers.Meetings));
            e.HasKey(x => new { x.MailboxNumber, x.Id });
        });
        // A series' rows (its occurrences, its master) are found within the mailbox's key range too: a calendar is small.
        modelBuilder.Entity<SeriesMasterEntity>(e =>
        {
            e.ToTable("series_masters", t => t.HasTrigger(KeptStateTriggers.Masters));
            e.HasKey(x => new { x.MailboxNumber, x.Id });
        });
        modelBuilder.Entity<SyncCursorEntity>(e =>
        {
            e.ToTable("sync_cursors");
            e.HasKey(x => new { x.TenantId, x.UserId, x.StreamKey });
            e.HasIndex(x => new { x.MailboxNumber, x.StreamNumber }).IsUnique();
        });
        // The engine's kept state (Kept/): the triggers that fill analysis_changes are created by the migration
        // KeptState (KeptStateTriggers), one set per provider.
        modelBuilder.Entity<KeptStateEntity>(e =>
        {
            e.ToTable("kept_states");
            e.HasKey(x => x.MailboxNumber);
            e.Property(x => x.MailboxNumber).ValueGeneratedNever();
        });
        modelBuilder.Entity<KeptStatePartEntity>(e =>
        {
            e.ToTable("kept_state_parts");
            e.HasKey(x => new { x.MailboxNumber, x.Kind, x.Bucket });
        });
        modelBuilder.Entity<AnalysisChangeEntity>(e =>
        {
            e.ToTable("analysis_changes");
            e.HasKey(x => new { x.MailboxNumber, x.Kind, x.Id });
        });
        modelBuilder.Entity<RelationshipEntity>(e =>
        {
            e.ToTable("relationships");
            e.HasKey(x => new { x.TenantId, x.UserId, x.ContactAddress });
            e.Property(x => x.MonthlyContactDays).HasMaxLength(128);
            e.Property(x => x.StrengthLabel).HasMaxLength(16);
        });
        modelBuilder.Entity<SuggestionEntity>(e =>
        {
            e.ToTable("suggestions");
            e.HasKey(x => new { x.TenantId, x.UserId, x.Key });
            e.HasIndex(x => new { x.TenantId, x.UserId, x.ContactAddress });
            e.Property(x => x.Key).HasMaxLength(64);
        });
        modelBuilder.Entity<MailboxAnalysisEntity>(e =>
        {
            e.ToTable("mailbox_analyses");
            e.HasKey(x => new { x.TenantId, x.UserId });
        });
        modelBuilder.Entity<SuggestionFeedbackEntity>(e =>
        {
            e.ToTable("suggestion_feedback");
            e.HasKey(x => new { x.TenantId, x.UserId, x.SuggestionKey });
            e.Property(x => x.SuggestionKey).HasMaxLength(64);
        });
        modelBuilder.Entity<ContactPreferenceEntity>(e =>
        {
            e.ToTable("contact_preferences");
            e.HasKey(x => new { x.TenantId, x.UserId, x.ContactAddress });
            e.Property(x => x.GoalTag).HasMaxLength(32);
        });
        modelBuilder.Entity<DigestDispatchEntity>(e =>
        {
            e.ToTable("digest_dispatches");
            e.HasKey(x => new { x.TenantId, x.UserId, x.LocalDate });
            e.Property(x => x.LocalDate).HasMaxLength(10);
            e.Property(x => x.Error).HasMaxLength(1000);
        });
        modelBuilder.Entity<HealthSnapshotEntity>(e =>
        {
            e.ToTable("health_snapshots");
            e.HasKey(x => new { x.TenantId, x.UserId, x.LocalDate });
            e.Property(x => x.LocalDate).HasMaxLength(10);
        });
        modelBuilder.Entity<UsedDigestLinkEntity>(e =>
        {
            e.ToTable("used_digest_links");
            e.HasKey(x => x.LinkId);
            e.HasIndex(x => new { x.TenantId, x.UserId });
            e.Property(x => x.LinkId).HasMaxLength(32);
            e.Property(x => x.Action).HasMaxLength(16);
        });
        modelBuilder.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TenantId, x.At });
            e.Property(x => x.Actor).HasMaxLength(64);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.Detail).HasMaxLength(2000);
        });
        modelBuilder.Entity<OptOutEntity>(e =>
        {
            e.ToTable("opt_outs");
            e.HasKey(x => new { x.TenantId, x.UserHash });
            e.Property(x => x.UserHash).HasMaxLength(64);
        });
        modelBuilder.Entity<ConsentStateEntity>(e =>
        {
            e.ToTable("consent_states");
            e.HasKey(x => x.State);
            e.Property(x => x.State).HasMaxLength(128);
        });
        modelBuilder.Entity<AppSecretEntity>(e =>
        {
            e.ToTable("app_secrets");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.ProtectedValue).HasMaxLength(4000);
        });
        // Warm introductions (Introductions/): the index is read by (tenant, contact address) through its key and by
        // (tenant, contact domain); erasure deletes a user's rows through (tenant, user).
        modelBuilder.Entity<IntroductionTieEntity>(e =>
        {
            e.ToTable("introduction_ties");
            e.HasKey(x => new { x.TenantId, x.ContactAddress, x.UserId });
            e.HasIndex(x => new { x.TenantId, x.ContactDomain });
            e.HasIndex(x => new { x.TenantId, x.UserId });
            e.Property(x => x.ContactAddress).HasMaxLength(320);
            e.Property(x => x.ContactDomain).HasMaxLength(255);
        });
        modelBuilder.Entity<IntroductionOptInEntity>(e =>
        {
            e.ToTable("introduction_opt_ins");
            e.HasKey(x => new { x.TenantId, x.UserId });
        });
        modelBuilder.Entity<IntroductionSettingEntity>(e =>
        {
            e.ToTable("introduction_settings");
            e.HasKey(x => x.TenantId);
        });
        modelBuilder.Entity<IntroductionAnswerCountEntity>(e =>
        {
            e.ToTable("introduction_answer_counts");
            e.HasKey(x => new { x.TenantId, x.UserId, x.Day });
            e.Property(x => x.Day).HasMaxLength(10);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
