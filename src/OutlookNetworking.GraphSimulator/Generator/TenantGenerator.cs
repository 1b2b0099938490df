namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// Writes a believable synthetic tenant in the snapshot format, with expected.json listing the
/// stories planted for a few named users. Deterministic: the same options give byte-identical files.
/// </summary>
public static class TenantGenerator
{
    public static GeneratedTenant Generate(TenantGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var model = OrgBuilder.Build(options);
        var writer = new SnapshotWriter(model);
        writer.Write(options.OutputPath);
        var malformed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (userId, _) in model.MalformedLines)
        {
            malformed[userId] = malformed.GetValueOrDefault(userId) + 1;
        }

        return new GeneratedTenant(
            Path.GetFullPath(options.OutputPath),
            model.TenantId,
            model.Users.Count,
            writer.Messages,
            writer.Events,
            [.. model.Owners.Select(o => o.Owner.Address)],
            malformed);
    }
}
