import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Bank, BankKey, BankKeyCreated } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { BanksService } from './banks.service';
import { CreateBankDto, CreateBankKeyDto, UpdateBankDto } from './dto/bank-input.dto';

@ApiTags('Back office: banks')
@ApiBearerAuth()
@Controller('admin/banks')
export class BanksController {
  constructor(private readonly banks: BanksService) {}

  @Get()
  @ApiOperation({ summary: 'Banks and MFOs allowed to check restrictions (simple-rest list; filter {q, kind, active, id})' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Bank[]> {
    const { banks, total, offset } = await this.banks.list(query);
    reply.header('Content-Range', contentRange('banks', offset, banks.length, total));
    return banks;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One lender' })
  get(@Param('id') id: string): Promise<Bank> {
    return this.banks.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Register a bank or MFO (BIN valid and unique, else 400 or 409)' })
  create(@Body() body: CreateBankDto, @CurrentActor() actor: Actor): Promise<Bank> {
    return this.banks.create(body, actor);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Edit a lender (send back the version read; 409 when stale). Deactivating it refuses its keys within seconds.' })
  update(@Param('id') id: string, @Body() body: UpdateBankDto, @CurrentActor() actor: Actor): Promise<Bank> {
    return this.banks.update(id, body, actor);
  }

  @Get(':id/keys')
  @ApiOperation({ summary: "A lender's API keys: prefix, when made, last used, revoked and expiring — never the key" })
  listKeys(@Param('id') id: string): Promise<BankKey[]> {
    return this.banks.listKeys(id);
  }

  @Post(':id/keys')
  @ApiOperation({ summary: 'A new API key for the lender, optionally expiring: the key is in this answer only, and stored only hashed' })
  @ApiBody({ type: CreateBankKeyDto, required: false, description: 'Optional: without a body the key never expires' })
  @ApiCreatedResponse({ schema: { example: { id: '0b9f5c1e-8d2a-4c1f-9a57-3f1e2d4c5b6a', key: 'qk_3fa85f64_kF2v9Qw1xYzA7bC3dE5fG7hJ9kL1mN3pQ5rS7tU9vW0', expiresAt: null } } })
  createKey(@Param('id') id: string, @Body() input: CreateBankKeyDto, @CurrentActor() actor: Actor): Promise<BankKeyCreated> {
    return this.banks.createKey(id, input, actor);
  }

  @Delete(':id/keys/:keyId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a key: refused everywhere within 5 seconds. Returns the key record.' })
  revokeKey(@Param('id') id: string, @Param('keyId') keyId: string, @CurrentActor() actor: Actor): Promise<BankKey> {
    return this.banks.revokeKey(id, keyId, actor);
  }
}
