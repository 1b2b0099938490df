using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntroductionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "introduction_answer_counts",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    answers = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_introduction_answer_counts", x => new { x.tenant_id, x.user_id, x.day });
                });

            migrationBuilder.CreateTable(
                name: "introduction_opt_ins",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_introduction_opt_ins", x => new { x.tenant_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "introduction_settings",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_introduction_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateTable(
                name: "introduction_ties",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_domain = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    strength = table.Column<double>(type: "REAL", nullable: false),
                    last_contact = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_introduction_ties", x => new { x.tenant_id, x.contact_address, x.user_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_introduction_ties_tenant_id_contact_domain",
                table: "introduction_ties",
                columns: new[] { "tenant_id", "contact_domain" });

            migrationBuilder.CreateIndex(
                name: "ix_introduction_ties_tenant_id_user_id",
                table: "introduction_ties",
                columns: new[] { "tenant_id", "user_id" });

            // The index of the relationships analysed before this release (later nights keep it in step).
            migrationBuilder.Sql("""
                INSERT INTO introduction_ties (tenant_id, contact_address, user_id, contact_domain, strength, last_contact)
                SELECT tenant_id, contact_address, user_id, substr(contact_address, instr(contact_address, '@') + 1), strength, last_contact
                FROM relationships WHERE is_internal = 0 AND instr(contact_address, '@') > 0
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "introduction_answer_counts");

            migrationBuilder.DropTable(
                name: "introduction_opt_ins");

            migrationBuilder.DropTable(
                name: "introduction_settings");

            migrationBuilder.DropTable(
                name: "introduction_ties");
        }
    }
}
