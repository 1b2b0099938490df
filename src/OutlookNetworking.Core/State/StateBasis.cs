using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.State;

/// <summary>
/// What a kept state was built under. A night folds into a state only when the engine's version, its options (every
/// section, the detectors' included) and the owner (addresses, time zone) are the same; otherwise the mailbox is
/// analysed from scratch. The directory may change between nights: when its fingerprint differs the addresses already
/// seen are classified again, and only if one of them changes kind is the mailbox analysed from scratch.
/// </summary>
/// <param name="Version">The <see cref="EngineVersion"/>.</param>
/// <param name="Options">A fingerprint of every engine option.</param>
/// <param name="Owner">A fingerprint of the owner's addresses and time zone.</param>
/// <param name="Directory">A fingerprint of what the directory says about addresses (own domains, rooms, lists, every
/// address it resolves). Display names are not in it: they are read at every evaluation.</param>
public sealed record StateBasis(int Version, string Options, string Owner, string Directory)
{
    private static readonly ConditionalWeakTable<DirectoryInfo, string> DirectoryPrints = [];

    /// <summary>The basis a state built now for this owner and directory has.</summary>
    public static StateBasis For(string optionsFingerprint, MailboxOwner owner, DirectoryInfo directory)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(directory);
        return new StateBasis(EngineVersion.Current, optionsFingerprint, OwnerFingerprint(owner), DirectoryFingerprint(directory));
    }

    /// <summary>True when a state built under this basis can take a night under <paramref name="current"/> (the
    /// directory may differ: see <see cref="StateBasis"/>).</summary>
    public bool CanFoldUnder(StateBasis current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return Version == current.Version && Options == current.Options && Owner == current.Owner;
    }

    /// <summary>A fingerprint of every public option, the detectors' sections included (read by reflection, so a new
    /// option is in it without being listed here).</summary>
    public static string OptionsFingerprint(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        Describe(options, "Engine", text);
        return Hash(text.ToString());
    }

    public static string OwnerFingerprint(MailboxOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var aliases = owner.Aliases.Select(a => a.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return Hash(string.Join('\n', [owner.PrimaryAddress.Trim().ToLowerInvariant(), owner.TimeZoneId ?? "", .. aliases]));
    }

    /// <summary>A fingerprint of what the directory says about addresses; computed once per directory instance.</summary>
    public static string DirectoryFingerprint(DirectoryInfo directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return DirectoryPrints.GetValue(directory, static d =>
        {
            var text = new StringBuilder();
            Append(text, "domains", d.InternalDomains.Select(x => x.Trim().TrimStart('@').ToLowerInvariant()));
            Append(text, "rooms", d.RoomAddresses.Select(EmailAddresses.Normalize));
            Append(text, "lists", d.DistributionListAddresses.Select(EmailAddresses.Normalize));
            Append(text, "known", d.KnownAddresses.Select(EmailAddresses.Normalize));
            return Hash(text.ToString());
        });
    }

    private static void Append(StringBuilder text, string name, IEnumerable<string?> values)
    {
        text.Append(name).Append(':');
        foreach (var value in values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(value).Append('\n');
        }

        text.Append('\u001e');
    }

    private static void Describe(object options, string section, StringBuilder text)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var value = property.GetValue(options);
            var name = section + ":" + property.Name;
            if (value is null || value is string || value.GetType().IsPrimitive || value is TimeSpan or decimal or Enum)
            {
                text.Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
            }
            else
            {
                Describe(value, name, text);
            }
        }
    }

    private static string Hash(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
