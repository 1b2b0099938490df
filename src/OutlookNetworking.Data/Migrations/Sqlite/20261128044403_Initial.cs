using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consent_states",
                columns: table => new
                {
                    state = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    browser_binding_hash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_states", x => x.state);
                });

            migrationBuilder.CreateTable(
                name: "contact_preferences",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_address = table.Column<string>(type: "TEXT", nullable: false),
                    muted = table.Column<bool>(type: "INTEGER", nullable: false),
                    goal_tag = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    goal_cadence_days = table.Column<int>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_preferences", x => new { x.tenant_id, x.user_id, x.contact_address });
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "digest_dispatches",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    local_date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    reserved_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    suggestion_count = table.Column<int>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_dispatches", x => new { x.tenant_id, x.user_id, x.local_date });
                });

            migrationBuilder.CreateTable(
                name: "health_snapshots",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    local_date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    health = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_snapshots", x => new { x.tenant_id, x.user_id, x.local_date });
                });

            migrationBuilder.CreateTable(
                name: "mail_messages",
                columns: table => new
                {
                    mailbox_number = table.Column<int>(type: "INTEGER", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    stream = table.Column<int>(type: "INTEGER", nullable: false),
                    folder_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    conversation_id = table.Column<string>(type: "TEXT", nullable: true),
                    from_address = table.Column<string>(type: "TEXT", nullable: true),
                    from_name = table.Column<string>(type: "TEXT", nullable: true),
                    recipients = table.Column<string>(type: "TEXT", nullable: false),
                    sent_at_ms = table.Column<long>(type: "INTEGER", nullable: true),
                    received_at_ms = table.Column<long>(type: "INTEGER", nullable: true),
                    classification = table.Column<int>(type: "INTEGER", nullable: false),
                    is_draft = table.Column<bool>(type: "INTEGER", nullable: false),
                    sync_generation = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mail_messages", x => new { x.mailbox_number, x.id });
                });

            migrationBuilder.CreateTable(
                name: "mailbox_analyses",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    analysed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    health = table.Column<string>(type: "TEXT", nullable: false),
                    noise = table.Column<string>(type: "TEXT", nullable: false),
                    message_count = table.Column<int>(type: "INTEGER", nullable: false),
                    meeting_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailbox_analyses", x => new { x.tenant_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "mailbox_numbers",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailbox_numbers", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "mailboxes",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    user_principal_name = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    aliases = table.Column<string>(type: "TEXT", nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    is_guest = table.Column<bool>(type: "INTEGER", nullable: false),
                    digest_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    digest_hour = table.Column<int>(type: "INTEGER", nullable: false),
                    last_synced_at = table.Column<long>(type: "INTEGER", nullable: true),
                    folders_discovered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_analysed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    consecutive_failures = table.Column<int>(type: "INTEGER", nullable: false),
                    last_failure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailboxes", x => new { x.tenant_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    mailbox_number = table.Column<int>(type: "INTEGER", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    start_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    end_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    is_all_day = table.Column<bool>(type: "INTEGER", nullable: false),
                    organizer_address = table.Column<string>(type: "TEXT", nullable: true),
                    organizer_name = table.Column<string>(type: "TEXT", nullable: true),
                    attendees = table.Column<string>(type: "TEXT", nullable: false),
                    is_cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_organizer = table.Column<bool>(type: "INTEGER", nullable: false),
                    my_response = table.Column<int>(type: "INTEGER", nullable: false),
                    sync_generation = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => new { x.mailbox_number, x.id });
                });

            migrationBuilder.CreateTable(
                name: "opt_outs",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opt_outs", x => new { x.tenant_id, x.user_hash });
                });

            migrationBuilder.CreateTable(
                name: "relationships",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_address = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    is_internal = table.Column<bool>(type: "INTEGER", nullable: false),
                    first_contact = table.Column<long>(type: "INTEGER", nullable: false),
                    last_contact = table.Column<long>(type: "INTEGER", nullable: false),
                    contact_days = table.Column<int>(type: "INTEGER", nullable: false),
                    sent = table.Column<int>(type: "INTEGER", nullable: false),
                    received = table.Column<int>(type: "INTEGER", nullable: false),
                    meetings = table.Column<int>(type: "INTEGER", nullable: false),
                    reciprocity = table.Column<double>(type: "REAL", nullable: false),
                    strength = table.Column<double>(type: "REAL", nullable: false),
                    peak_strength = table.Column<double>(type: "REAL", nullable: false),
                    median_gap_days = table.Column<double>(type: "REAL", nullable: true),
                    monthly_contact_days = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    strength_label = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relationships", x => new { x.tenant_id, x.user_id, x.contact_address });
                });

            migrationBuilder.CreateTable(
                name: "suggestion_feedback",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    suggestion_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    action = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    snoozed_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_feedback", x => new { x.tenant_id, x.user_id, x.suggestion_key });
                });

            migrationBuilder.CreateTable(
                name: "suggestions",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    contact_address = table.Column<string>(type: "TEXT", nullable: false),
                    contact_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    first_seen_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestions", x => new { x.tenant_id, x.user_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "sync_cursors",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stream_key = table.Column<string>(type: "TEXT", nullable: false),
                    mailbox_number = table.Column<int>(type: "INTEGER", nullable: false),
                    stream_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sweep_pending = table.Column<bool>(type: "INTEGER", nullable: false),
                    folder_kind = table.Column<int>(type: "INTEGER", nullable: true),
                    next_link = table.Column<string>(type: "TEXT", nullable: true),
                    delta_link = table.Column<string>(type: "TEXT", nullable: true),
                    generation = table.Column<int>(type: "INTEGER", nullable: false),
                    window_start_ms = table.Column<long>(type: "INTEGER", nullable: true),
                    window_end_ms = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    round_completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_cursors", x => new { x.tenant_id, x.user_id, x.stream_key });
                });

            migrationBuilder.CreateTable(
                name: "tenants",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    domains = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    consented_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_directory_sync_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_night_started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_night_completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenants", x => x.tenant_id);
                });

            migrationBuilder.CreateTable(
                name: "used_digest_links",
                columns: table => new
                {
                    link_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    used_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_used_digest_links", x => x.link_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_tenant_id_at",
                table: "audit_entries",
                columns: new[] { "tenant_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_mailbox_numbers_tenant_id_user_id",
                table: "mailbox_numbers",
                columns: new[] { "tenant_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mailboxes_tenant_id_mail",
                table: "mailboxes",
                columns: new[] { "tenant_id", "mail" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_tenant_id_user_id_contact_address",
                table: "suggestions",
                columns: new[] { "tenant_id", "user_id", "contact_address" });

            migrationBuilder.CreateIndex(
                name: "ix_sync_cursors_mailbox_number_stream_number",
                table: "sync_cursors",
                columns: new[] { "mailbox_number", "stream_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_used_digest_links_tenant_id_user_id",
                table: "used_digest_links",
                columns: new[] { "tenant_id", "user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "consent_states");

            migrationBuilder.DropTable(
                name: "contact_preferences");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "digest_dispatches");

            migrationBuilder.DropTable(
                name: "health_snapshots");

            migrationBuilder.DropTable(
                name: "mail_messages");

            migrationBuilder.DropTable(
                name: "mailbox_analyses");

            migrationBuilder.DropTable(
                name: "mailbox_numbers");

            migrationBuilder.DropTable(
                name: "mailboxes");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "opt_outs");

            migrationBuilder.DropTable(
                name: "relationships");

            migrationBuilder.DropTable(
                name: "suggestion_feedback");

            migrationBuilder.DropTable(
                name: "suggestions");

            migrationBuilder.DropTable(
                name: "sync_cursors");

            migrationBuilder.DropTable(
                name: "tenants");

            migrationBuilder.DropTable(
                name: "used_digest_links");
        }
    }
}
