using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Introductions;

/// <summary>
/// The reading behind <see cref="IntroductionStore.LookUpAsync"/>, written by hand for both providers (the same SQL;
/// parameters and values converted by the model's own type mappings, so SQLite's text GUIDs and binary instants read as
/// EF Core writes them). Each statement has a gate (the tenant's row, only when the organisation's switch is on and the
/// asker opted in; no index row is read otherwise) and index seeks, each joined to the colleague's mailbox and opt-in
/// (discoverable now: opted in and not removed from the directory; name and mail only then); one statement is one
/// snapshot on both providers, so the switch, the opt-ins and the rows agree.
/// <list type="number">
/// <item>The rows of the addresses asked, by the key's prefix (tenant, contact address).</item>
/// <item>Only when some address asked (outside the organisation's own domains, at a domain asked) is known by no
/// discoverable colleague other than the asker: the rows of the other contacts at those addresses' domains, by the
/// (tenant, contact domain) index, for the company answer. An answer about people colleagues know reads no domain.</item>
/// </list>
/// EF Core's translation of the former single query (a LEFT JOIN to a derived table with an OR of two IN lists) read
/// every index row of the tenant, before the gate, and every row at the domains asked.
/// </summary>
internal static class IntroductionLookupQuery
{
    public static async Task<IntroductionLookup?> RunAsync(AppDbContext db, MailboxKey asker, IReadOnlyCollection<string> addresses,
        IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var (ownDomains, rows) = await ReadAsync(db, asker, addresses, [], cancellationToken);
            if (ownDomains is null)
            {
                return null; // the switch is off or the asker has not opted in; no index row was read
            }

            var own = TenantStore.SplitDomains(ownDomains);
            var companies = CompaniesToRead(asker, addresses, domains, own, rows);
            if (companies.Count > 0)
            {
                var (stillOpen, companyRows) = await ReadAsync(db, asker, addresses, companies, cancellationToken);
                if (stillOpen is null)
                {
                    return null; // turned off, or the asker opted out, since the first statement
                }

                rows.AddRange(companyRows);
            }

            return new IntroductionLookup(own, rows);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The domains (asked, not the organisation's own) of the addresses that no discoverable colleague other than
    /// the asker knows: only those need the company answer, hence their domain's rows.</summary>
    private static List<string> CompaniesToRead(MailboxKey asker, IReadOnlyCollection<string> addresses, IReadOnlyCollection<string> domains,
        IReadOnlyList<string> own, List<IntroductionTieRow> rows)
    {
        var introduced = rows.Where(r => r.Discoverable && r.UserId != asker.UserId).Select(r => r.ContactAddress).ToHashSet(StringComparer.Ordinal);
        var asked = domains.ToHashSet(StringComparer.Ordinal);
        asked.RemoveWhere(d => own.Contains(d, StringComparer.OrdinalIgnoreCase));
        return addresses.Where(a => !introduced.Contains(a))
            .Select(IntroductionIndexRows.DomainOf)
            .OfType<string>()
            .Where(asked.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One statement: the gate's row (the organisation's own domains; null when closed) and either the rows of
    /// <paramref name="addresses"/> (no <paramref name="companies"/>) or those of the other contacts at
    /// <paramref name="companies"/>.</summary>
    private static async Task<(string? OwnDomains, List<IntroductionTieRow> Rows)> ReadAsync(AppDbContext db, MailboxKey asker,
        IReadOnlyCollection<string> addresses, IReadOnlyCollection<string> companies, CancellationToken cancellationToken)
    {
        var ties = db.Model.FindEntityType(typeof(IntroductionTieEntity))!;
        var idMapping = ties.FindProperty(nameof(IntroductionTieEntity.TenantId))!.GetRelationalTypeMapping();
        var lastContactConverter = ties.FindProperty(nameof(IntroductionTieEntity.LastContact))!.GetRelationalTypeMapping().Converter;

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Parameters.Add(idMapping.CreateParameter(command, "@t", asker.TenantId));
        command.Parameters.Add(idMapping.CreateParameter(command, "@u", asker.UserId));
        var addressList = List(command, ties.FindProperty(nameof(IntroductionTieEntity.ContactAddress))!.GetRelationalTypeMapping(), "@a", addresses);
        var domainList = List(command, ties.FindProperty(nameof(IntroductionTieEntity.ContactDomain))!.GetRelationalTypeMapping(), "@d", companies);
        command.CommandText = domainList is null ? Sql(addressList, null, null) : Sql(null, domainList, addressList);
        if (command is Npgsql.NpgsqlCommand)
        {
            // PostgreSQL keeps a prepared statement on the pooled connection: the same text (same number of addresses)
            // is parsed and analysed once per connection, not per answer. SQLite prepares per command anyway.
            await command.PrepareAsync(cancellationToken);
        }

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

        return (ownDomains, rows);
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

    /// <summary>The gate, then the rows of <paramref name="addresses"/> and of <paramref name="domains"/> but
    /// <paramref name="excluded"/> (each a parameter list, or null for none).</summary>
    private static string Sql(string? addresses, string? domains, string? excluded)
    {
        var sql = new StringBuilder(Gate);
        if (addresses is not null)
        {
            sql.Append(TieRows).Append(" x.contact_address IN (").Append(addresses).Append(')');
        }

        if (domains is not null)
        {
            sql.Append(TieRows).Append(" x.contact_domain IN (").Append(domains).Append(')');
            if (excluded is not null)
            {
                sql.Append(" AND x.contact_address NOT IN (").Append(excluded).Append(')');
            }
        }

        return sql.ToString();
    }
}
