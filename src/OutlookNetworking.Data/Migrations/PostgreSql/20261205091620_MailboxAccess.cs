using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MailboxAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "access",
                table: "mailboxes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "access_checked_at",
                table: "mailboxes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "out_of_scope_since",
                table: "mailboxes",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "access",
                table: "mailboxes");

            migrationBuilder.DropColumn(
                name: "access_checked_at",
                table: "mailboxes");

            migrationBuilder.DropColumn(
                name: "out_of_scope_since",
                table: "mailboxes");
        }
    }
}
