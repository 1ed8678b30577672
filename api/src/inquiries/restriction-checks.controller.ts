import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { INQUIRY_PURPOSES, INQUIRY_REFERENCE_MAX_LENGTH, type BatchCheckResponse, type RestrictionAnswer } from '@qorgau/shared';
import { BankRateLimitGuard } from '../banks/bank-rate-limit.guard';
import { CurrentBank, type BankPrincipal } from '../banks/bank-principal';
import { BANK_API_KEY_SECURITY } from '../openapi';
import {
  BANK_CHECK_ERRORS,
  BATCH_CHECK_BAD_REQUEST,
  BatchCheckRequestDto,
  BatchCheckResponseDto,
  RestrictionAnswerDto,
  SINGLE_CHECK_BAD_REQUEST,
} from './dto/restriction-check.dto';
import { parseBatchCheck, parseSingleCheck } from './inquiries.rules';
import { RestrictionChecks } from './restriction-checks.service';

@ApiTags('Banks: restriction checks')
@ApiBearerAuth(BANK_API_KEY_SECURITY)
@ApiResponse(BANK_CHECK_ERRORS.unauthorized)
@ApiResponse(BANK_CHECK_ERRORS.rateLimited)
@ApiResponse(BANK_CHECK_ERRORS.unavailable)
@UseGuards(BankRateLimitGuard)
@Controller('restrictions')
export class RestrictionChecksController {
  constructor(private readonly checks: RestrictionChecks) {}

  @Get(':iin')
  @ApiOperation({
    summary: 'Is this person restricted from borrowing? One IIN, with a signed answer',
    description:
      'Answers whether the IIN is restricted for you (lifts a person scoped to your kind of lender or your BIN count) and until when. ' +
      'An IIN never seen is `restricted: false`. Every call is recorded as an inquiry (your lender, purpose, reference, time, result) ' +
      'before the answer leaves, and the person sees it. Counts one request against your rate limit.',
  })
  @ApiParam({ name: 'iin', example: '900101300126', description: '12 digits with a valid check digit' })
  @ApiQuery({ name: 'purpose', enum: INQUIRY_PURPOSES, required: true })
  @ApiQuery({ name: 'reference', required: true, type: String, example: 'APP-2025-000123', description: `Your application id, at most ${INQUIRY_REFERENCE_MAX_LENGTH} characters` })
  @ApiOkResponse({ type: RestrictionAnswerDto })
  @ApiResponse(SINGLE_CHECK_BAD_REQUEST)
  checkOne(
    @Param('iin') iin: string,
    @Query('purpose') purpose: unknown,
    @Query('reference') reference: unknown,
    @CurrentBank() bank: BankPrincipal,
  ): Promise<RestrictionAnswer> {
    return this.checks.checkOne(bank, parseSingleCheck(iin, purpose, reference));
  }

  @Post('check')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Up to 1,000 IINs in one check',
    description:
      'One answer per distinct IIN, one inquiry id for the batch (each IIN is recorded). One invalid IIN refuses the whole batch with a 400 naming it. ' +
      'Counts as one request against your rate limit. Not signed: check single IINs when you need a proof.',
  })
  @ApiBody({ type: BatchCheckRequestDto })
  @ApiOkResponse({ type: BatchCheckResponseDto })
  @ApiResponse(BATCH_CHECK_BAD_REQUEST)
  checkMany(@Body() body: unknown, @CurrentBank() bank: BankPrincipal): Promise<BatchCheckResponse> {
    return this.checks.checkMany(bank, parseBatchCheck(body));
  }
}
