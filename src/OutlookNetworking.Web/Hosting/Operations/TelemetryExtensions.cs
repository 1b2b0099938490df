using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>OpenTelemetry traces and metrics over OTLP, off unless <c>OpenTelemetry:OtlpEndpoint</c> is set
/// (<c>OTEL_EXPORTER_OTLP_PROTOCOL</c> picks grpc, the default, or http/protobuf).</summary>
public static class TelemetryExtensions
{
    public const string EndpointKey = "OpenTelemetry:OtlpEndpoint";

    public static WebApplicationBuilder AddOutlookNetworkingTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.Configuration[EndpointKey] is not { Length: > 0 } endpoint)
        {
            return builder;
        }

        var target = new Uri(endpoint);
        void Otlp(OtlpExporterOptions o) => o.Endpoint = target;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(NightTelemetry.Name))
            .WithTracing(t => t.AddSource(NightTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter(Otlp))
            .WithMetrics(m => m.AddMeter(NightTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter(Otlp));
        return builder;
    }
}
