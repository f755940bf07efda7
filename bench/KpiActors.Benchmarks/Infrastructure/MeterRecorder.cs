using KpiActors.Silo.Facts;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using KpiActors.Api.Ingest;
using KpiActors.Silo.Storage;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>
/// Listens, in this process, to the app's ingest and storage meters and ASP.NET Core's request durations, and keeps
/// every measurement between <see cref="Reset"/> and <see cref="Snapshot"/>: the counters that say where
/// an ingest run spent its time.
/// </summary>
public sealed class MeterRecorder : IDisposable
{
    public const string RequestDuration = "http.server.request.duration";

    private readonly MeterListener _listener = new();
    private ConcurrentDictionary<string, ConcurrentQueue<double>> _values = new();

    public MeterRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name is IngestMetrics.MeterName or FactStoreMetrics.MeterName || (instrument.Meter.Name == "Microsoft.AspNetCore.Hosting" && instrument.Name == RequestDuration))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.Start();
    }

    public void Reset() => _values = new();

    public IReadOnlyDictionary<string, double[]> Snapshot() => _values.ToDictionary(v => v.Key, v => v.Value.ToArray());

    public void Dispose() => _listener.Dispose();

    private void Add(string name, double value) => _values.GetOrAdd(name, _ => new ConcurrentQueue<double>()).Enqueue(value);
}
