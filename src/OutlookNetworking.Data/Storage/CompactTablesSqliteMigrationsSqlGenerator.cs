using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace OutlookNetworking.Data.Storage;

/// <summary>
/// SQLite migrations as EF Core writes them, except that the synced-metadata tables (<c>mail_messages</c>,
/// <c>meetings</c>) are created <c>WITHOUT ROWID</c>: the table is then one B-tree clustered on its primary key
/// (mailbox number, Graph id) instead of a rowid table plus a separate key index, so writing a row is one B-tree
/// insert, not two. Applies to every CREATE TABLE of those tables, including the rebuilds SQLite migrations do.
/// </summary>
#pragma warning disable EF1001 // the provider's public generator, extended as EF Core documents for custom SQL
internal sealed class CompactTablesSqliteMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
#pragma warning restore EF1001
{
    /// <summary>The tables created <c>WITHOUT ROWID</c>.</summary>
    public static readonly IReadOnlySet<string> WithoutRowIdTables = new HashSet<string>(StringComparer.Ordinal) { "mail_messages", "meetings" };

    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(builder);
        if (!WithoutRowIdTables.Contains(operation.Name))
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }

        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (terminate)
        {
            builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
            EndStatement(builder);
        }
    }
}
