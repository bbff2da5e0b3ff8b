package com.dealerhub.platform.cases.sla;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The network's working calendar: every network user reads it, head office keeps it. */
@ApplicationScoped
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public record HoursRequest(@NotBlank @Size(max = 60) String zone,
                               @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String opens,
                               @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String closes,
                               @NotNull @Size(min = 1, max = 7) @Schema(type = SchemaType.ARRAY, implementation = DayOfWeek.class)
                               List<@NotNull DayOfWeek> weekdays) {
    }

    public record DayRequest(@NotNull LocalDate day, @NotNull WorkingCalendar.DayKind kind, @NotBlank @Size(max = 100) String name) {
    }

    public record YearRequest(@NotNull @Size(max = 366) List<@Valid @NotNull DayRequest> days) {
    }

    @Inject
    CalendarAdministration calendars;

    /** Business hours, the years entered, and the holidays and make-up working days of one year (this year if none is asked). */
    @GET
    public CalendarView get(@QueryParam("year") String year) {
        String raw = QueryParameters.code("year", year);
        if (raw == null) {
            return calendars.view(null);
        }
        return calendars.view(QueryParameters.date("year", raw + "-01-01").getYear());
    }

    @PUT
    @Path("/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarView setHours(@Valid @NotNull HoursRequest request) {
        return calendars.setHours(new CalendarAdministration.Hours(request.zone().strip(), LocalTime.parse(request.opens()),
                LocalTime.parse(request.closes()), request.weekdays()));
    }

    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarView setYear(@PathParam("year") @Min(1900) @Max(2199) int year, @Valid @NotNull YearRequest request) {
        return calendars.setYear(year, request.days().stream()
                .map(d -> new CalendarView.Day(d.day(), d.kind(), d.name())).toList());
    }
}
