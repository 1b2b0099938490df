using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigestHealthAndLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "ix_used_digest_links_tenant_id_user_id",
                table: "used_digest_links",
                columns: new[] { "tenant_id", "user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "health_snapshots");

            migrationBuilder.DropTable(
                name: "used_digest_links");
        }
    }
}
