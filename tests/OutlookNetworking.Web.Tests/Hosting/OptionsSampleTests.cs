using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// Every options class of the product (a class with a <c>SectionName</c> constant) is mirrored in
/// appsettings.sample.json: its section exists, names every settable option, binds, and validates.
/// A new option cannot be added without documenting it.
/// </summary>
public sealed class OptionsSampleTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder().AddJsonFile(FindSample(), optional: false).Build();

    public static TheoryData<string> OptionsTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in OptionsClasses())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void OptionsClasses_FoundInEveryLayer()
    {
        var assemblies = OptionsClasses().Select(t => t.Assembly.GetName().Name).Distinct().ToList();
        Assert.Contains("OutlookNetworking.Core", assemblies);
        Assert.Contains("OutlookNetworking.Data", assemblies);
        Assert.Contains("OutlookNetworking.Graph", assemblies);
        Assert.Contains("OutlookNetworking.Web", assemblies);
    }

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Sample_OptionsClass_EverySettingPresentBindsAndValidates(string typeName)
    {
        var type = OptionsClasses().Single(t => t.FullName == typeName);
        var sectionName = (string)type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
        var section = Sample.GetSection(sectionName);
        Assert.True(section.Exists(), $"appsettings.sample.json has no \"{sectionName}\" section for {type.Name}");

        var keys = section.GetChildren().Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .Where(name => !keys.Contains(name))
            .ToList();
        Assert.True(missing.Count == 0, $"{sectionName}: not in appsettings.sample.json: {string.Join(", ", missing)}");

        var bound = section.Get(type, o => o.ErrorOnUnknownConfiguration = true)!;
        var results = new List<ValidationResult>();
        Assert.True(Validator.TryValidateObject(bound, new ValidationContext(bound), results, validateAllProperties: true),
            $"{sectionName}: {string.Join("; ", results.Select(r => r.ErrorMessage))}");
    }

    private static IEnumerable<Type> OptionsClasses()
    {
        var assemblies = new[] { typeof(Program).Assembly }
            .Concat(typeof(Program).Assembly.GetReferencedAssemblies()
                .Where(a => a.Name!.StartsWith("OutlookNetworking.", StringComparison.Ordinal))
                .Select(Assembly.Load))
            .Distinct();
        return assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t != typeof(EntraIdOptions)
                        && t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.sample.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("appsettings.sample.json not found above " + AppContext.BaseDirectory);
    }
}
