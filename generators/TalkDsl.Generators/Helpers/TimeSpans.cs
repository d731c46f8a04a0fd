using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TalkDsl.Generators.Helpers;

/// <summary>
/// Reads a <see cref="TimeSpan"/> written with constants (<c>TimeSpan.FromMinutes(45)</c>,
/// <c>new TimeSpan(1, 30, 0)</c>, <c>TimeSpan.Zero</c>, <c>default</c>): a TimeSpan is never a C#
/// constant, but these spellings are exact.
/// </summary>
internal static class TimeSpans
{
    private const long TicksPerMicrosecond = 10;
    private const long TicksPerMillisecond = 10_000;
    private const long TicksPerSecond = 10_000_000;
    private const long TicksPerMinute = 60 * TicksPerSecond;
    private const long TicksPerHour = 60 * TicksPerMinute;
    private const long TicksPerDay = 24 * TicksPerHour;

    /// <summary>The ticks, or null when the value is not one of the exact constant spellings.</summary>
    public static long? ReadTicks(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        try
        {
            return operation switch
            {
                IInvocationOperation { Instance: null } call when IsTimeSpan(call.TargetMethod.ContainingType) => FromFactory(call),
                IObjectCreationOperation { Constructor: { } constructor } creation when IsTimeSpan(constructor.ContainingType) => Sum(creation.Arguments, null),
                IFieldReferenceOperation { Field: { IsStatic: true, Name: "Zero" } field } when IsTimeSpan(field.ContainingType) => 0L,
                IDefaultValueOperation { Type: { } type } when IsTimeSpan(type) => 0L,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static long? FromFactory(IInvocationOperation call)
    {
        var unit = call.TargetMethod.Name switch
        {
            "FromDays" => TicksPerDay,
            "FromHours" => TicksPerHour,
            "FromMinutes" => TicksPerMinute,
            "FromSeconds" => TicksPerSecond,
            "FromMilliseconds" => TicksPerMillisecond,
            "FromMicroseconds" => TicksPerMicrosecond,
            "FromTicks" => 1L,
            _ => 0L,
        };
        return unit == 0 ? null : Sum(call.Arguments, unit);
    }

    /// <summary>Adds up the arguments by parameter name (days, hours, …, ticks); a double <c>value</c> scales by <paramref name="valueUnit"/>.</summary>
    private static long? Sum(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, long? valueUnit)
    {
        long total = 0;
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue is not { HasValue: true, Value: { } value })
            {
                return null;
            }

            var unit = argument.Parameter?.Name switch
            {
                "days" => TicksPerDay,
                "hours" => TicksPerHour,
                "minutes" => TicksPerMinute,
                "seconds" => TicksPerSecond,
                "milliseconds" => TicksPerMillisecond,
                "microseconds" => TicksPerMicrosecond,
                "ticks" => 1L,
                "value" when valueUnit is long scale => scale,
                _ => 0L,
            };
            if (unit == 0)
            {
                return null;
            }

            if (value is double or float)
            {
                // TimeSpan.FromX(double) multiplies; accept only products that are whole ticks, which it gives exactly.
                var ticks = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) * unit;
                if (double.IsNaN(ticks) || ticks != Math.Floor(ticks) || Math.Abs(ticks) > 9e18)
                {
                    return null;
                }

                total = checked(total + (long)ticks);
            }
            else
            {
                total = checked(total + (Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) * unit));
            }
        }

        return total;
    }

    private static bool IsTimeSpan(ITypeSymbol? type) =>
        type is { Name: "TimeSpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
}
