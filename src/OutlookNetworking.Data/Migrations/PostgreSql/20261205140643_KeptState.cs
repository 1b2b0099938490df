using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookNetworking.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class KeptState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "analysis_changes",
                columns: table => new
                {
                    mailbox_number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_analysis_changes", x => new { x.mailbox_number, x.kind, x.id });
                });

            migrationBuilder.CreateTable(
                name: "kept_state_parts",
                columns: table => new
                {
                    mailbox_number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    bucket = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kept_state_parts", x => new { x.mailbox_number, x.kind, x.bucket });
                });

            migrationBuilder.CreateTable(
                name: "kept_states",
                columns: table => new
                {
                    mailbox_number = table.Column<int>(type: "integer", nullable: false),
                    change_seq = table.Column<long>(type: "bigint", nullable: false),
                    header = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kept_states", x => x.mailbox_number);
                });

            // The change log's triggers (see KeptStateTriggers): after the tables they write to.
            migrationBuilder.Sql(OutlookNetworking.Data.Kept.KeptStateTriggers.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OutlookNetworking.Data.Kept.KeptStateTriggers.PostgresDrop);

            migrationBuilder.DropTable(
                name: "analysis_changes");

            migrationBuilder.DropTable(
                name: "kept_state_parts");

            migrationBuilder.DropTable(
                name: "kept_states");
        }
    }
}
