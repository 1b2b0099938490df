using System.Text.Json;
using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Tests.Stories;

/// <summary>One analysed user of the stories with what expected.json says about them.</summary>
public sealed record StoryUser(string Address, AnalysisResult Result, int SkippedLines, JsonElement Expected);
