using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "access_checked_at",
                table: "mailboxes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "out_of_scope_since",
                table: "mailboxes",
                type: "INTEGER",
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
