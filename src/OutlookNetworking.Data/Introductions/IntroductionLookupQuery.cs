using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Introductions;

/// <summary>
/// The one statement behind <see cref="IntroductionStore.LookUpAsync"/>, written by hand for both providers (the same
/// SQL; parameters and values converted by the model's own type mappings, so SQLite's text GUIDs and binary instants
/// read as EF Core writes them). A gate (the tenant's row, only when the organisation's switch is on and the asker opted
/// in) and the index rows as a UNION ALL of two index seeks, each read only when the gate passes:
/// <list type="bullet">
/// <item>the rows of the addresses asked, by the key's prefix (tenant, contact address);</item>
/// <item>the rows of the other contacts at the domains asked, by the (tenant, contact domain) index;</item>
/// </list>
/// each joined to its colleague's mailbox and opt-in (discoverable now: opted in and not removed from the directory;
/// name and mail only then). One statement is one snapshot on both providers, so the switch, the opt-ins and the rows
/// agree. EF Core's translation of the same query (a LEFT JOIN to a derived table with an OR of two IN lists) read
/// every index row of the tenant, and read them before the gate.
/// </summary>
internal static class IntroductionLookupQuery
{
    public static async Task<IntroductionLookup?> RunAsync(AppDbContext db, MailboxKey asker, IReadOnlyCollection<string> addresses,
        IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        var ties = db.Model.FindEntityType(typeof(IntroductionTieEntity))!;
        var idMapping = ties.FindProperty(nameof(IntroductionTieEntity.TenantId))!.GetRelationalTypeMapping();
        var addressMapping = ties.FindProperty(nameof(IntroductionTieEntity.ContactAddress))!.GetRelationalTypeMapping();
        var domainMapping = ties.FindProperty(nameof(IntroductionTieEntity.ContactDomain))!.GetRelationalTypeMapping();
        var lastContactConverter = ties.FindProperty(nameof(IntroductionTieEntity.LastContact))!.GetRelationalTypeMapping().Converter;

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Parameters.Add(idMapping.CreateParameter(command, "@t", asker.TenantId));
            command.Parameters.Add(idMapping.CreateParameter(command, "@u", asker.UserId));
            var addressList = List(command, addressMapping, "@a", addresses);
            var domainList = List(command, domainMapping, "@d", domains);
            command.CommandText = Sql(addressList, domainList);

            string? ownDomains = null;
            var rows = new List<IntroductionTieRow>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.IsDBNull(1))
                {
                    ownDomains = reader.GetString(0);
                    continue;
                }

                var discoverable = reader.GetBoolean(6);
                rows.Add(new IntroductionTieRow(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4),
                    lastContactConverter is null
                        ? reader.GetFieldValue<DateTimeOffset>(5)
                        : (DateTimeOffset)lastContactConverter.ConvertFromProvider(reader.GetValue(5))!,
                    discoverable,
                    discoverable && !reader.IsDBNull(7) ? reader.GetString(7) : null,
                    discoverable && !reader.IsDBNull(8) ? reader.GetString(8) : null));
            }

            // No gate row: the switch is off or the asker has not opted in, and then no index row was read either.
            return ownDomains is null ? null : new IntroductionLookup(TenantStore.SplitDomains(ownDomains), rows);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The parameter list <c>@a0, @a1, …</c> of <paramref name="values"/> (distinct), or null when empty.</summary>
    private static string? List(DbCommand command, RelationalTypeMapping mapping, string prefix, IReadOnlyCollection<string> values)
    {
        var names = new List<string>(values.Count);
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(mapping.CreateParameter(command, name, value));
            names.Add(name);
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private const string Gate = """
        WITH gate AS (
            SELECT t.domains FROM tenants t
            WHERE t.tenant_id = @t
              AND EXISTS (SELECT 1 FROM introduction_settings s WHERE s.tenant_id = @t AND s.enabled)
              AND EXISTS (SELECT 1 FROM introduction_opt_ins a WHERE a.tenant_id = @t AND a.user_id = @u))
        SELECT g.domains, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM gate g
        """;

    private const string TieRows = """

        UNION ALL
        SELECT NULL, x.user_id, x.contact_address, x.contact_domain, x.strength, x.last_contact,
               o.user_id IS NOT NULL AND NOT m.removed,
               CASE WHEN o.user_id IS NOT NULL AND NOT m.removed THEN m.display_name END,
               CASE WHEN o.user_id IS NOT NULL AND NOT m.removed THEN m.mail END
        FROM introduction_ties x
        JOIN mailboxes m ON m.tenant_id = x.tenant_id AND m.user_id = x.user_id
        LEFT JOIN introduction_opt_ins o ON o.tenant_id = x.tenant_id AND o.user_id = x.user_id
        WHERE x.tenant_id = @t AND EXISTS (SELECT 1 FROM gate) AND
        """;

    private static string Sql(string? addresses, string? domains)
    {
        var sql = new StringBuilder(Gate);
        if (addresses is not null)
        {
            sql.Append(TieRows).Append(" x.contact_address IN (").Append(addresses).Append(')');
        }

        if (domains is not null)
        {
            sql.Append(TieRows).Append(" x.contact_domain IN (").Append(domains).Append(')');
            if (addresses is not null)
            {
                sql.Append(" AND x.contact_address NOT IN (").Append(addresses).Append(')');
            }
        }

        return sql.ToString();
    }
}
