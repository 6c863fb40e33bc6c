using Volunteers.Bench.Data;
using Volunteers.Core.Documents;

namespace Volunteers.Bench.Cases;

/// <summary>Case 4's list: the 300-row recognition list, and 600 rows against it for linear growth. Median of the repetitions, in turns.</summary>
public static class RecognitionLists
{
    private static readonly string[] Points = ["扶欢社区", "新连村", "东山村", "双星村", "永新村", "石鹰村", "扶欢村", "民族村", "槐园村", "梨园村", "坪上村", "高青村"];

    public static void Run(Options options, Report report)
    {
        var repetitions = options.Quick ? 3 : 15;
        Console.Error.WriteLine($"Case 4: recognition list of 300 and 600 rows ({repetitions}×)...");
        var (small, large) = (Sample(300), Sample(600));
        RecognitionList.Write(Sample(20), Stream.Null);
        long smallBytes = 0, largeBytes = 0;
        List<double> smallTimes = [], largeTimes = [];
        for (var r = 0; r < repetitions; r++)
        {
            smallTimes.Add(Certificates.Seconds(() => smallBytes = Write(small)) * 1000);
            largeTimes.Add(Certificates.Seconds(() => largeBytes = Write(large)) * 1000);
        }
        var n = $"median of {repetitions}";
        report.Add(new Row("4", $"recognition list, 300 rows, {smallBytes / 1024} KB ({n})", "ms", Certificates.Median(smallTimes), "", double.NaN, "—", null));
        report.Add(new Row("4", $"recognition list, 600 rows, {largeBytes / 1024} KB ({n})", "ms", Certificates.Median(largeTimes),
            "the same list, 300 rows", Certificates.Median(smallTimes), "≤ 2.2×", row => row.Ratio <= 2.2));
    }

    /// <summary>Ranked awardees spread over the twelve learning points, as the service would list them.</summary>
    private static RecognitionListData Sample(int rows)
    {
        var people = new FakePeople(seed: rows);
        var entries = Enumerable.Range(0, rows)
            .Select(i => new RecognitionEntry(people.Next().Name, Points[i * Points.Length / rows], Math.Round((200 - i * 150m / rows) * 2) / 2, "优秀社区教育志愿者", $"扶欢社教〔2024〕第{i + 1:000}号"))
            .ToList();
        return new RecognitionListData(2026, "扶欢镇", "扶欢镇社区教育学校", new DateOnly(2026, 12, 20), entries);
    }

    private static long Write(RecognitionListData list)
    {
        using var file = new MemoryStream();
        RecognitionList.Write(list, file);
        return file.Length;
    }
}
