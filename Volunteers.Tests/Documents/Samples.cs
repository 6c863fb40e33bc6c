using Volunteers.Core.Documents;

namespace Volunteers.Tests.Documents;

/// <summary>Plain document data as the selection and the registry would hand it over.</summary>
public static class Samples
{
    public static readonly DateOnly IssuedOn = new(2024, 12, 20);

    public static CertificateData Certificate(string name = "吉𠮷", int number = 1) => new(
        name,
        "优秀社区教育志愿者",
        "在2024年度扶欢镇社区教育志愿服务工作中，热心公益、服务群众，积极参与全民阅读周、邻里节等学习活动，表现突出。",
        2024,
        "扶欢镇社区教育学校",
        IssuedOn,
        $"扶欢社教〔2024〕第{number:000}号",
        $"https://fuhuan.example.cn/verify/C2024{number:000}X7K");

    public static readonly string[] Points = ["新连村", "扶欢社区", "东城村", "石龙村"];

    /// <summary>A proof whose services are numbered 讲座第1场, 讲座第2场, … so a reader can check their order.</summary>
    public static ServiceRecordProofData Proof(int services, string name = "吉𠮷") => new(
        name,
        "500110********002X",
        "FH2024-0042",
        new DateOnly(2024, 1, 1),
        new DateOnly(2024, 12, 31),
        Enumerable.Range(1, services)
            .Select(i => new ServiceLine(new DateOnly(2024, 1, 1).AddDays(i % 365), $"讲座第{i}场", i % 2 == 0 ? 2.5m : 3m, Points[i % 2]))
            .ToList(),
        "扶欢镇",
        "扶欢镇社区教育学校",
        "扶欢社教证〔2024〕第0042号",
        IssuedOn,
        "https://fuhuan.example.cn/verify/P20240042Q9");

    /// <summary>Awarded volunteers 志愿者001, 志愿者002, … spread over learning points in ranking order.</summary>
    public static RecognitionListData List(int entries, int points = 1) => new(
        2024,
        "扶欢镇",
        "扶欢镇社区教育学校",
        IssuedOn,
        Enumerable.Range(1, entries)
            .Select(i => new RecognitionEntry($"志愿者{i:000}", Points[(i - 1) * points / Math.Max(1, entries)], 120 - i % 50 + 0.5m, "优秀社区教育志愿者", $"扶欢社教〔2024〕第{i:000}号"))
            .ToList());

    public static AnnualReportData Report() => new(
        2024, "扶欢镇", 350, 362, 318, 9876.5m, 146,
        [new PointFigures("新连村", 24, 27, 820), new PointFigures("扶欢社区", 61, 58, 2104.5m), new PointFigures("东城村", 30, 33, 911)],
        [new CategoryFigures("在职教师", 120, 3600), new CategoryFigures("大学生", 80, 2100.5m), new CategoryFigures("退休干部", 60, 2500),
         new CategoryFigures("专家学者", 12, 300), new CategoryFigures("专业技术人员", 70, 1276), new CategoryFigures("其他", 20, 100)],
        [new ActivityTypeCount("全民阅读周", 18), new ActivityTypeCount("讲座", 41), new ActivityTypeCount("背篼进农户", 23), new ActivityTypeCount("邻里节", 9)],
        List(30, points: 3).Entries,
        "扶欢镇社区教育学校",
        IssuedOn);
}
