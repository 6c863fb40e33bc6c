using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Activities;
using Volunteers.Core.ServiceRecords;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.ServiceRecords.Attendance;

public sealed class Request
{
    public long Id { get; set; }
    public List<AttendanceEntry> Entries { get; set; } = [];
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Entries).Must(e => e is { Count: > 0 and <= AttendanceCommands.MaxEntries })
        .WithMessage(_ => Text.T($"签到表须有 1–{AttendanceCommands.MaxEntries} 条记录", $"A sheet has 1–{AttendanceCommands.MaxEntries} entries"));
}

public sealed record Response(long BatchId, IReadOnlyList<long> Created);

/// <summary>A paper sign-in sheet: each entry is checked with the record rules and any bad entry, named by index, rejects them all.</summary>
public sealed class Endpoint(AttendanceCommands attendance, ActivityQueries activities) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/activities/{id}/attendance");
        Roles(Access.Staff);
        Description(x => x.Created());
    }

    public override void OnBeforeValidate(Request r) => activities.Get(User.Caller(), r.Id);

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var result = attendance.Record(User.Caller(), r.Id, r.Entries, IdempotencyHeader.From(HttpContext, r));
        await Send.ResponseAsync(new Response(result.BatchId, result.Created), 201, ct);
    }
}
