using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RecurringSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "from_master",
                table: "meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "series_master_id",
                table: "meetings",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "series_masters",
                columns: table => new
                {
                    mailbox_number = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    start_ms = table.Column<long>(type: "bigint", nullable: false),
                    end_ms = table.Column<long>(type: "bigint", nullable: false),
                    is_all_day = table.Column<bool>(type: "boolean", nullable: false),
                    organizer_address = table.Column<string>(type: "text", nullable: true),
                    organizer_name = table.Column<string>(type: "text", nullable: true),
                    attendees = table.Column<string>(type: "text", nullable: false),
                    is_cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    is_organizer = table.Column<bool>(type: "boolean", nullable: false),
                    my_response = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series_masters", x => new { x.mailbox_number, x.id });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "series_masters");

            migrationBuilder.DropColumn(
                name: "from_master",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "series_master_id",
                table: "meetings");
        }
    }
}
