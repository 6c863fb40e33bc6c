namespace Volunteers.Core.Common;

public enum Problem { Invalid, NotFound, Conflict, Forbidden, Unavailable, TooLarge }

public sealed record FieldError(string Field, string Message);

/// <summary>A rule the request broke; the API turns it into a problem response naming the field(s).</summary>
public class DomainException(Problem problem, string message, IReadOnlyList<FieldError> errors) : Exception(message)
{
    public DomainException(Problem problem, string message, string? field = null)
        : this(problem, message, field is null ? [] : [new FieldError(field, message)]) { }

    public Problem Problem { get; } = problem;
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static DomainException NotFound(string what) =>
        new(Problem.NotFound, Text.T($"{what}不存在", $"{what} was not found"));

    public static DomainException Conflict(string message, string? field = null) => new(Problem.Conflict, message, field);
    public static DomainException Invalid(string field, string message) => new(Problem.Invalid, message, field);
    public static DomainException Invalid(IReadOnlyList<FieldError> errors) =>
        new(Problem.Invalid, Text.T("提交的内容有误", "The request has invalid fields"), errors);
    public static DomainException Forbidden(string message) => new(Problem.Forbidden, message);
    public static DomainException TooLarge(string field, string message) => new(Problem.TooLarge, message, field);
}
