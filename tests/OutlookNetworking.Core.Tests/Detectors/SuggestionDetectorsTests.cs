using System.Reflection;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors;

namespace OutlookNetworking.Core.Tests.Detectors;

/// <summary>The engine runs one detector per kind, and each detector's options live in a section named after its kind.</summary>
public sealed class SuggestionDetectorsTests
{
    [Fact]
    public void Create_EveryKind_HasExactlyOneDetectorOfThatKind()
    {
        var detectors = SuggestionDetectors.Create(new DetectorOptions());

        Assert.Equal(Enum.GetValues<SuggestionKind>(), detectors.Select(d => d.Kind));
    }

    [Fact]
    public void Create_EveryDetector_IsInTheFolderAndNamespaceOfItsKind()
    {
        foreach (var detector in SuggestionDetectors.Create(new DetectorOptions()))
        {
            var type = detector.GetType();
            Assert.Equal($"OutlookNetworking.Core.Detectors.{detector.Kind}", type.Namespace);
            Assert.Equal($"{detector.Kind}Detector", type.Name);
        }
    }

    [Fact]
    public void DetectorOptions_EveryKind_HasItsSectionNamedAfterTheKind()
    {
        var sections = typeof(DetectorOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => p.PropertyType);

        Assert.Equal(Enum.GetNames<SuggestionKind>().Order(), sections.Keys.Order());
        foreach (var (kind, type) in sections)
        {
            var sectionName = (string)type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
            Assert.Equal($"Engine:Detectors:{kind}", sectionName);
            Assert.Equal($"OutlookNetworking.Core.Detectors.{kind}", type.Namespace);
        }
    }
}
