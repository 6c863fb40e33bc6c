using System.Diagnostics;
using System.Net;

namespace Volunteers.Bench.Load;

/// <summary>
/// Open-loop load: request n leaves at its scheduled time whether or not earlier ones have answered, as people tapping
/// "报名" on their phones do — so a slow answer shows as queueing, not as fewer requests.
/// </summary>
public static class Arrivals
{
    /// <summary>Departure times of <paramref name="count"/> requests arriving at random (Poisson) over about <paramref name="span"/>.</summary>
    public static TimeSpan[] Poisson(int count, TimeSpan span, int seed)
    {
        var random = new Random(seed);
        var mean = span.TotalMilliseconds / count;
        var at = 0.0;
        return Enumerable.Range(0, count).Select(_ => TimeSpan.FromMilliseconds(at += -mean * Math.Log(1 - random.NextDouble()))).ToArray();
    }

    /// <param name="success">The answer that counts as served: by default 201 for a POST and 200 otherwise.</param>
    public static async Task<LoadResult> Run(HttpClient client, Func<long, HttpRequestMessage> make, IReadOnlyList<TimeSpan> departures,
        Action<string>? onError = null, HttpStatusCode? success = null)
    {
        var latencies = new double[departures.Count];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>(departures.Count);
        for (var n = 0; n < departures.Count; n++)
        {
            if (departures[n] > clock.Elapsed) await Task.Delay(departures[n] - clock.Elapsed);
            var i = n;
            sends.Add(Task.Run(async () =>
            {
                using var request = make(i);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    if (response.StatusCode != (success ?? (request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK)))
                    {
                        Interlocked.Increment(ref errors);
                        onError?.Invoke($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    onError?.Invoke(e.Message);
                }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }));
        }
        await Task.WhenAll(sends);
        Array.Sort(latencies);
        return new LoadResult(departures.Count, errors, clock.Elapsed, latencies);
    }
}
