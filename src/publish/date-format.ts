/**
 * Formats a date with moment.js format tokens in an IANA time zone, as metadata-action's `{{date}}` and
 * `{{commit_date}}` helpers do (`YYYYMMDD`, `YYYYMMDD-HHmmss`, `[Z]` for literal text …), without moment.
 */
import { DockhandError } from "../errors.js";

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
  zoneName: string;
}

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const tokenPattern =
  /\[[^\]]*\]|Do|DDDD|DDD|DD|D|dddd|ddd|dd|d|E|e|MMMM|MMM|MM|Mo|M|Q|YYYY|YY|Y|WW|W|GGGG|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|ZZ|Z|zz|z|X|x|./g;

/**
 * Formats `date` in `timeZone` (default UTC). Without a format the result is ISO 8601 to the second, ending in `Z`
 * at offset zero and in `+hh:mm` elsewhere, as moment does.
 */
export function formatDate(date: Date, format: unknown, timeZone = "UTC"): string {
  const fields = fieldsIn(date, timeZone);
  const pattern =
    typeof format === "string" && format !== ""
      ? format
      : fields.offsetMinutes === 0
        ? "YYYY-MM-DDTHH:mm:ss[Z]"
        : "YYYY-MM-DDTHH:mm:ssZ";
  return pattern.replace(tokenPattern, (token) => formatToken(token, fields, date));
}

function pad(value: number, width: number): string {
  const sign = value < 0 ? "-" : "";
  return sign + String(Math.abs(value)).padStart(width, "0");
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

function offset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}

function dayOfYear(f: Fields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000) + 1;
}

/** ISO 8601 week number and week-year. */
function isoWeek(f: Fields): { week: number; year: number } {
  const date = new Date(Date.UTC(f.year, f.month - 1, f.day));
  const isoDay = f.weekday === 0 ? 7 : f.weekday;
  date.setUTCDate(date.getUTCDate() + 4 - isoDay);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return { week, year };
}

function formatToken(token: string, f: Fields, date: Date): string {
  if (token.startsWith("[") && token.endsWith("]")) return token.slice(1, -1);
  if (/^S+$/.test(token)) return pad(f.millisecond, 3).padEnd(token.length, "0").slice(0, token.length);
  switch (token) {
    case "YYYY":
      return pad(f.year, 4);
    case "YY":
      return pad(f.year % 100, 2);
    case "Y":
      return String(f.year);
    case "Q":
      return String(Math.ceil(f.month / 3));
    case "M":
      return String(f.month);
    case "Mo":
      return ordinal(f.month);
    case "MM":
      return pad(f.month, 2);
    case "MMM":
      return (monthNames[f.month - 1] ?? "").slice(0, 3);
    case "MMMM":
      return monthNames[f.month - 1] ?? "";
    case "D":
      return String(f.day);
    case "Do":
      return ordinal(f.day);
    case "DD":
      return pad(f.day, 2);
    case "DDD":
      return String(dayOfYear(f));
    case "DDDD":
      return pad(dayOfYear(f), 3);
    case "d":
    case "e":
      return String(f.weekday);
    case "E":
      return String(f.weekday === 0 ? 7 : f.weekday);
    case "dd":
      return (dayNames[f.weekday] ?? "").slice(0, 2);
    case "ddd":
      return (dayNames[f.weekday] ?? "").slice(0, 3);
    case "dddd":
      return dayNames[f.weekday] ?? "";
    case "W":
      return String(isoWeek(f).week);
    case "WW":
      return pad(isoWeek(f).week, 2);
    case "GGGG":
      return pad(isoWeek(f).year, 4);
    case "H":
      return String(f.hour);
    case "HH":
      return pad(f.hour, 2);
    case "h":
      return String(f.hour % 12 || 12);
    case "hh":
      return pad(f.hour % 12 || 12, 2);
    case "k":
      return String(f.hour || 24);
    case "kk":
      return pad(f.hour || 24, 2);
    case "m":
      return String(f.minute);
    case "mm":
      return pad(f.minute, 2);
    case "s":
      return String(f.second);
    case "ss":
      return pad(f.second, 2);
    case "A":
      return f.hour < 12 ? "AM" : "PM";
    case "a":
      return f.hour < 12 ? "am" : "pm";
    case "Z":
      return offset(f.offsetMinutes, ":");
    case "ZZ":
      return offset(f.offsetMinutes, "");
    case "z":
    case "zz":
      return f.zoneName;
    case "X":
      return String(Math.floor(date.getTime() / 1000));
    case "x":
      return String(date.getTime());
    default:
      return token;
  }
}

function fieldsIn(date: Date, timeZone: string): Fields {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      timeZoneName: "short",
    });
  } catch {
    throw new DockhandError("TAGS_TEMPLATE", `Unknown time zone "${timeZone}" in a date expression`, {
      exit: 2,
      hint: "Use an IANA zone name such as tz='UTC' or tz='Asia/Tokyo'",
    });
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  const num = (name: string) => Number(parts[name] ?? "0");
  const year = num("year");
  const month = num("month");
  const day = num("day");
  const hour = num("hour") % 24;
  const minute = num("minute");
  const second = num("second");
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallClock - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond: date.getUTCMilliseconds(),
    weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday ?? "Sun"),
    offsetMinutes,
    zoneName: parts.timeZoneName ?? timeZone,
  };
}
