using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.Selection.Steps;

public sealed class NominationRequest
{
    public int Year { get; set; }
    public long VolunteerId { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class NominationValidator : Validator<NominationRequest>
{
    public NominationValidator() => RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length <= 500)
        .WithMessage(_ => Text.T("推荐理由须为 1–500 个字", "The reason has 1–500 characters"));
}

public sealed class Nominate(SelectionData selections, SelectionSteps steps) : Endpoint<NominationRequest, SelectionView>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/nominations");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override async Task HandleAsync(NominationRequest r, CancellationToken ct)
    {
        steps.Nominate(User.Caller(), r.Year, r.VolunteerId, r.Reason.Trim());
        await Send.ResponseAsync(selections.Get(User.Caller(), r.Year), 201, ct);
    }
}

public sealed class ReviewRequest
{
    public int Year { get; set; }
    public List<long> VolunteerIds { get; set; } = [];
}

public sealed class Review(SelectionData selections, SelectionSteps steps) : Endpoint<ReviewRequest, SelectionView>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/review");
        Roles(Core.Common.Roles.TownAdmin);
    }

    public override Task HandleAsync(ReviewRequest r, CancellationToken ct)
    {
        steps.Review(User.Caller(), r.Year, (r.VolunteerIds ?? []).Distinct().ToList());
        return Send.OkAsync(selections.Get(User.Caller(), r.Year), ct);
    }
}

public sealed class NoticeRequest
{
    public int Year { get; set; }
    public int Days { get; set; } = 7;
}

public sealed class NoticeValidator : Validator<NoticeRequest>
{
    public NoticeValidator() => RuleFor(x => x.Days).InclusiveBetween(0, SelectionSteps.MaxNoticeDays)
        .WithMessage(_ => Text.T($"公示天数须在 0–{SelectionSteps.MaxNoticeDays} 之间", $"The notice lasts 0–{SelectionSteps.MaxNoticeDays} days"));
}

public sealed class Notice(SelectionData selections, SelectionSteps steps) : Endpoint<NoticeRequest, SelectionView>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/notice");
        Roles(Core.Common.Roles.TownAdmin);
    }

    public override Task HandleAsync(NoticeRequest r, CancellationToken ct)
    {
        steps.StartNotice(User.Caller(), r.Year, r.Days);
        return Send.OkAsync(selections.Get(User.Caller(), r.Year), ct);
    }
}

public sealed record FinalizeRequest(int Year);

public sealed class Finalize(SelectionSteps steps, AwardResponses awards) : Endpoint<FinalizeRequest, IReadOnlyList<AwardResponse>>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/finalize");
        Roles(Core.Common.Roles.TownAdmin);
    }

    public override Task HandleAsync(FinalizeRequest r, CancellationToken ct) =>
        Send.OkAsync(steps.Finalize(User.Caller(), r.Year).Select(a => awards.Of(a, HttpContext)).ToList(), ct);
}
