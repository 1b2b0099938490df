using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenantTombstoneGrantCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "grants_checked_at",
                table: "tenants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "grants_missing",
                table: "tenants",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "tenant_tombstones",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offboarded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenant_tombstones", x => x.tenant_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tenant_tombstones");

            migrationBuilder.DropColumn(
                name: "grants_checked_at",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "grants_missing",
                table: "tenants");
        }
    }
}
