using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "series_master_id",
                table: "meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "series_masters",
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
                    my_response = table.Column<int>(type: "INTEGER", nullable: false)
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
