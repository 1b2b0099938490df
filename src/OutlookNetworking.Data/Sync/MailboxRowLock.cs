using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// Orders page writes against erasure and offboarding through the mailbox rows. A page write first takes its mailbox
/// row <c>FOR SHARE</c> (PostgreSQL) and fails with <see cref="MailboxGoneException"/> when the row is gone; erasure and
/// offboarding take the rows <c>FOR UPDATE</c> before they delete anything, so a write either commits before the deletion
/// starts (and its rows are deleted with the rest) or waits for it and finds the row gone. On SQLite the write
/// transaction (<c>BEGIN IMMEDIATE</c>: one writer at a time) orders them already.
/// </summary>
internal static class MailboxRowLock
{
    /// <summary>Inside the caller's transaction: holds the mailbox row until commit, or throws when it is gone.</summary>
    public static async Task EnsureForWriteAsync(AppDbContext db, StorageProvider provider, MailboxKey mailbox, CancellationToken cancellationToken)
    {
        var exists = provider == StorageProvider.PostgreSql
            ? await LockAsync(db, "SELECT 1 FROM mailboxes WHERE tenant_id = @t AND user_id = @u FOR SHARE", mailbox.TenantId, mailbox.UserId, cancellationToken) > 0
            : await db.Mailboxes.AnyAsync(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId, cancellationToken);
        if (!exists)
        {
            throw new MailboxGoneException(mailbox);
        }
    }

    /// <summary>Inside the caller's transaction, before deleting: the mailbox rows of the tenant (of one user when
    /// <paramref name="userId"/> is given) locked <c>FOR UPDATE</c> on PostgreSQL, so running page writes finish first
    /// and later ones wait and then find the rows gone.</summary>
    public static async Task LockForDeleteAsync(AppDbContext db, StorageProvider provider, Guid tenantId, Guid? userId,
        CancellationToken cancellationToken)
    {
        if (provider != StorageProvider.PostgreSql)
        {
            return;
        }

        await LockAsync(db, userId is null
            ? "SELECT 1 FROM mailboxes WHERE tenant_id = @t FOR UPDATE"
            : "SELECT 1 FROM mailboxes WHERE tenant_id = @t AND user_id = @u FOR UPDATE", tenantId, userId ?? Guid.Empty, cancellationToken);
    }

    private static async Task<int> LockAsync(AppDbContext db, string sql, Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A mailbox row lock needs the caller's transaction.");
        AddParameter(command, "@t", tenantId);
        AddParameter(command, "@u", userId);
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
        }

        return rows;
    }

    private static void AddParameter(DbCommand command, string name, Guid value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
